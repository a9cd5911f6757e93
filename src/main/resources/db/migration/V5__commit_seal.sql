-- The commit seal (ADR 0017): a number raised after every database task that wrote something and then copied into
-- workspace.seal beside the file. A file whose number is below the copy's is older than work already saved.
CREATE TABLE commit_seal (
    id        INT     NOT NULL PRIMARY KEY,
    commit_number  BIGINT  NOT NULL,
    CONSTRAINT ck_commit_seal_one_row CHECK (id = 1)
);

INSERT INTO commit_seal (id, commit_number) VALUES (1, 0);
