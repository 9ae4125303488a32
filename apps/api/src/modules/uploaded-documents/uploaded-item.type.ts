import { Field, ID, Int, ObjectType } from "type-graphql";
import { LockerItemType } from "../documents/locker-item-type.enum";

@ObjectType({
  description: "A file or folder the user uploaded to their own DigiLocker (read live, not stored).",
})
export class UploadedItem {
  @Field(() => ID, {
    description: "DigiLocker's id; a folder's id is the `folderId` that lists its content.",
  })
  id!: string;

  @Field()
  name!: string;

  @Field(() => LockerItemType)
  type!: LockerItemType;

  @Field(() => Int, {
    nullable: true,
    description: "Bytes; null for folders or when DigiLocker does not say.",
  })
  size!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "ISO date (YYYY-MM-DD), whatever format DigiLocker used.",
  })
  date!: string | null;

  @Field(() => String, { nullable: true, description: "The file's media type; null for folders." })
  mime!: string | null;

  @Field(() => String, { nullable: true, description: "DigiLocker's uri of a file; null for folders." })
  uri!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;
}
