import { registerEnumType } from "type-graphql";

/** DigiLocker lists files and folders (`type: "file" | "dir"`). */
export enum LockerItemType {
  FILE = "FILE",
  DIR = "DIR",
}

registerEnumType(LockerItemType, {
  name: "LockerItemType",
  description: "A file or a folder, as DigiLocker lists it.",
});

export const lockerItemType = (type: string | null | undefined): LockerItemType =>
  type === "dir" ? LockerItemType.DIR : LockerItemType.FILE;

/** Sizes fit a GraphQL Int; anything else DigiLocker might say is unknown (null). */
export const itemSize = (size: number | string | null | undefined): number | null => {
  const n = size === null || size === undefined ? NaN : Number(size);
  return Number.isSafeInteger(n) && n >= 0 && n <= 2_147_483_647 ? n : null;
};
