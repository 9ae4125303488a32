import type { AadhaarKyc, AadhaarPhoto } from "../aadhaar/aadhaar-kyc";

export interface PhotoJson {
  mime: AadhaarPhoto["mime"];
  base64: string;
  display: { mime: "image/jpeg" | "image/png"; base64: string } | null;
  displayWithheld: AadhaarPhoto["displayWithheld"];
}

export type AadhaarKycJson = Omit<AadhaarKyc, "photo"> & { photo: PhotoJson | null };

/**
 * The record as JSON: photo bytes as base64 (the CLI runs on the holder's own file), or the photo left out
 * with `includePhoto: false`.
 */
export function aadhaarKycToJson(kyc: AadhaarKyc, includePhoto: boolean): AadhaarKycJson {
  const photo = kyc.photo;
  return {
    ...kyc,
    photo:
      includePhoto && photo
        ? {
            mime: photo.mime,
            base64: photo.bytes.toString("base64"),
            display: photo.display
              ? { mime: photo.display.mime, base64: photo.display.bytes.toString("base64") }
              : null,
            displayWithheld: photo.displayWithheld,
          }
        : null,
  };
}
