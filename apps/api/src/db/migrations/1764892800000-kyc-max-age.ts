import type { MigrationInterface, QueryRunner } from "typeorm";

export class KycMaxAge1764892800000 implements MigrationInterface {
  name = "KycMaxAge1764892800000";

  async up(q: QueryRunner): Promise<void> {
    // How old a KYC artefact may be for `freshness.withinLimit` (default 3 days, as for offline e-KYC).
    await q.query(
      `ALTER TABLE tenants ADD COLUMN kyc_max_age_seconds integer NOT NULL DEFAULT 259200 CHECK (kyc_max_age_seconds BETWEEN 60 AND 315360000)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tenants DROP COLUMN kyc_max_age_seconds`);
  }
}
