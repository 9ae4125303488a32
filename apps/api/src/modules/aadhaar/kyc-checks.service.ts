import { matchNames, normalizeName } from "@lockerkit/core";
import { badInput } from "../../errors/error-codes";
import { AadhaarSource, type AadhaarKyc } from "./aadhaar-kyc.type";
import { ApplicantMatch } from "./applicant-match.type";
import { KycAssurance } from "./kyc-assurance.enum";
import { KycFreshness } from "./kyc-freshness.type";

const MAX_NAME_LENGTH = 200;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INT_MAX = 2 ** 31 - 1;
/** A generated-at time this far ahead is clock skew; further ahead, the artefact is not trusted as fresh. */
const CLOCK_SKEW_S = 300;

const VERIFIED_ASSURANCE: Partial<Record<AadhaarSource, KycAssurance>> = {
  [AadhaarSource.DIGILOCKER_EAADHAAR]: KycAssurance.DIGILOCKER_VERIFIED,
  [AadhaarSource.OFFLINE_EKYC]: KycAssurance.OFFLINE_VERIFIED,
  [AadhaarSource.SECURE_QR]: KycAssurance.QR_VERIFIED,
};

/** The rules behind the checks a tenant runs on an Aadhaar KYC record. */
export class KycChecksService {
  constructor(private readonly now: () => number = Date.now) {}

  freshness(kyc: AadhaarKyc, limitSeconds: number): KycFreshness {
    const generatedAt = kyc.generatedAt?.getTime();
    if (generatedAt === undefined || Number.isNaN(generatedAt) || !this.isVerified(kyc)) {
      // Unknown age is never fresh: the record may be arbitrarily old. An unverified record's generation
      // time is whatever its author wrote, so it has no age we can vouch for either.
      return Object.assign(new KycFreshness(), { ageSeconds: null, withinLimit: false, limitSeconds });
    }
    const age = Math.floor((this.now() - generatedAt) / 1000);
    // Saturates at GraphQL's Int range (68 years) rather than failing the field.
    const ageSeconds = Math.max(-INT_MAX, Math.min(INT_MAX, age));
    return Object.assign(new KycFreshness(), {
      ageSeconds,
      withinLimit: age >= -CLOCK_SKEW_S && age <= limitSeconds,
      limitSeconds,
    });
  }

  /** DIGILOCKER_VERIFIED only for what the server fetched itself: an uploaded document proves no DigiLocker read. */
  assurance(kyc: AadhaarKyc): KycAssurance {
    if (!kyc.signature.verified) return KycAssurance.UNVERIFIED;
    if (kyc.source === AadhaarSource.DIGILOCKER_EAADHAAR && kyc.origin !== "fetched")
      return KycAssurance.UNVERIFIED;
    return VERIFIED_ASSURANCE[kyc.source] ?? KycAssurance.UNVERIFIED;
  }

  /**
   * Whether an upload is the session's own person: the name matches DigiLocker's profile (the applicant
   * name rule) and the date of birth is the same. Only a verified record can match; null without a
   * session profile to compare with.
   */
  matchesProfile(
    kyc: AadhaarKyc,
    profile: { name: string | null; dateOfBirth: string | null } | null,
  ): boolean | null {
    if (!profile?.name) return null;
    if (!this.isVerified(kyc) || !kyc.name || !matchNames(profile.name, kyc.name).matches) return false;
    return profile.dateOfBirth === null || kyc.dateOfBirth === profile.dateOfBirth;
  }

  matchApplicant(kyc: AadhaarKyc, name: string, dateOfBirth: string | null | undefined): ApplicantMatch {
    if (name.length > MAX_NAME_LENGTH || normalizeName(name).length === 0) {
      throw badInput(`name must have letters and at most ${MAX_NAME_LENGTH} characters`, "name");
    }
    const given = dateOfBirth === null || dateOfBirth === undefined ? null : this.isoDate(dateOfBirth);
    const nameMatch = kyc.name ? matchNames(name, kyc.name) : { score: 0, matches: false };
    const dateOfBirthMatches = given === null ? null : this.compareDates(kyc, given);
    const assurance = this.assurance(kyc);
    return Object.assign(new ApplicantMatch(), {
      nameScore: nameMatch.score,
      nameMatches: nameMatch.matches,
      dateOfBirthMatches,
      // Anyone can write an unverified record: its fields compare, but never confirm an applicant.
      matches:
        assurance !== KycAssurance.UNVERIFIED &&
        nameMatch.matches &&
        (given === null || dateOfBirthMatches === true),
      assurance,
    });
  }

  private isVerified(kyc: AadhaarKyc): boolean {
    return this.assurance(kyc) !== KycAssurance.UNVERIFIED;
  }

  /** Exact on full dates; a year-only record can only contradict (another year), never confirm. */
  private compareDates(kyc: AadhaarKyc, given: string): boolean | null {
    if (kyc.dateOfBirth) return kyc.dateOfBirth === given;
    if (kyc.yearOfBirth !== null && kyc.yearOfBirth !== undefined)
      return Number(given.slice(0, 4)) === kyc.yearOfBirth ? null : false;
    return null;
  }

  private isoDate(value: string): string {
    const m = ISO_DATE.exec(value);
    const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!m || !date || date.toISOString().slice(0, 10) !== value)
      throw badInput("dateOfBirth must be a real date as YYYY-MM-DD", "dateOfBirth");
    return value;
  }
}
