import "reflect-metadata";
import { graphql } from "graphql";
import {
  Authorized,
  buildSchemaSync,
  Field,
  type MiddlewareFn,
  ObjectType,
  Query,
  Resolver,
  UseMiddleware,
} from "type-graphql";
import { markPlainFieldsSimple } from "../src/graphql/plain-fields";

const upper: MiddlewareFn = async (_data, next) => String(await next()).toUpperCase();

@ObjectType()
class Sample {
  @Field() plain!: string;
  @Authorized() @Field() anyRole!: string;
  @Authorized("ADMIN") @Field() admin!: string;
  @UseMiddleware(upper) @Field() shouted!: string;
  @Field({ name: "renamed" }) original!: string;
}

@Authorized()
@ObjectType()
class Guarded {
  @Field() inside!: string;
}

@Resolver()
class SampleResolver {
  @Query(() => Sample)
  sample(): Sample {
    return { plain: "p", anyRole: "r", admin: "a", shouted: "s", original: "o" };
  }

  @Query(() => Guarded)
  guarded(): Guarded {
    return { inside: "i" };
  }
}

describe("plain fields are simple, guarded ones keep type-graphql's resolver", () => {
  markPlainFieldsSimple();
  const schema = buildSchemaSync({ resolvers: [SampleResolver], validate: false, authChecker: () => false });

  it("only unguarded fields under their own name lose the wrapper", () => {
    const sample = schema.getType("Sample") as import("graphql").GraphQLObjectType;
    const wrapped = Object.values(sample.getFields())
      .filter((f) => f.resolve)
      .map((f) => f.name)
      .sort();
    expect(wrapped).toEqual(["admin", "anyRole", "renamed", "shouted"]);
    const guarded = schema.getType("Guarded") as import("graphql").GraphQLObjectType;
    expect(guarded.getFields().inside.resolve).toBeDefined();
  });

  it("answers as before: roles refuse, middlewares run, renamed fields read their property", async () => {
    const plain = await graphql({ schema, source: "{ sample { plain shouted renamed } }" });
    expect(plain).toEqual({ data: { sample: { plain: "p", shouted: "S", renamed: "o" } } });
    for (const field of ["anyRole", "admin"]) {
      const refused = await graphql({ schema, source: `{ sample { ${field} } }` });
      expect(refused.errors?.[0].message).toMatch(/Access denied/);
    }
    const inside = await graphql({ schema, source: "{ guarded { inside } }" });
    expect(inside.errors?.[0].message).toMatch(/Access denied/);
  });
});
