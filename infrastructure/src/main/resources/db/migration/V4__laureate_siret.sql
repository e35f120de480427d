-- The beneficiary's SIRET, recorded by officers (SiretRecorded); null until then.
ALTER TABLE laureate_view ADD COLUMN siret VARCHAR(14);
