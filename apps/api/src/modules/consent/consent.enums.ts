import { registerEnumType } from "type-graphql";

export enum ConsentFlow {
  SIGNIN = "SIGNIN",
  SIGNUP = "SIGNUP",
}

registerEnumType(ConsentFlow, {
  name: "ConsentFlow",
  description: "Whether DigiLocker opens sign-in or sign-up.",
});
