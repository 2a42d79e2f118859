-- flashpoint store schema (DuckDB). Field names follow design/SCHEMA.md; nested records
-- (actors, places, spans, versions) are flat columns named <field>_<subfield>, so that
-- SQL users can filter and aggregate without unnesting. A nested record is NULL when all
-- of its columns are NULL. Dates are kept as the ISO strings the pipeline produced (exact
-- round trip); the *_day columns give them as DATE for date arithmetic.
-- Every statement is idempotent: the store runs this file each time it opens a database.

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id            VARCHAR PRIMARY KEY,
    url           VARCHAR,
    site          VARCHAR,
    title         VARCHAR,
    published     VARCHAR,
    dateline      VARCHAR,
    language      VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    story_id      VARCHAR,
    source        VARCHAR NOT NULL,
    stored_at     TIMESTAMP DEFAULT current_timestamp,
    published_day DATE GENERATED ALWAYS AS (TRY_CAST(substr(published, 1, 10) AS DATE)) VIRTUAL
);

-- Article.dropped: the pieces of a document that a stage removed (position keeps their order).
CREATE TABLE IF NOT EXISTS removed (
    article_id VARCHAR NOT NULL,
    position   INTEGER NOT NULL,
    stage      VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL,
    chars      BIGINT NOT NULL,
    text       VARCHAR NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE IF NOT EXISTS events (
    id                   VARCHAR PRIMARY KEY,
    article_id           VARCHAR NOT NULL,
    story_id             VARCHAR,
    date                 VARCHAR,
    date_precision       VARCHAR NOT NULL,
    date_text            VARCHAR,
    source_text          VARCHAR,
    source_code          VARCHAR,
    source_country       VARCHAR,
    source_sector        VARCHAR,
    source_kind          VARCHAR,
    source_name          VARCHAR,
    source_kb_id         VARCHAR,
    target_text          VARCHAR,
    target_code          VARCHAR,
    target_country       VARCHAR,
    target_sector        VARCHAR,
    target_kind          VARCHAR,
    target_name          VARCHAR,
    target_kb_id         VARCHAR,
    cameo                VARCHAR NOT NULL,
    root                 VARCHAR NOT NULL,
    label                VARCHAR NOT NULL,
    quad_class           INTEGER NOT NULL,
    goldstein            DOUBLE NOT NULL,
    plover               VARCHAR,
    mode                 VARCHAR NOT NULL,
    location_name        VARCHAR,
    location_country     VARCHAR,
    location_admin1      VARCHAR,
    location_lat         DOUBLE,
    location_lon         DOUBLE,
    location_geonames_id BIGINT,
    location_precision   VARCHAR,
    sentence             VARCHAR NOT NULL,
    sentence_index       INTEGER NOT NULL,
    span_start           BIGINT NOT NULL,
    span_end             BIGINT NOT NULL,
    trigger              VARCHAR NOT NULL,
    confidence           DOUBLE NOT NULL,
    rule                 VARCHAR NOT NULL,
    versions_coder       VARCHAR NOT NULL,
    versions_codebook    VARCHAR NOT NULL,
    mentions             INTEGER NOT NULL,
    date_day             DATE GENERATED ALWAYS AS (TRY_CAST(substr(date, 1, 10) AS DATE)) VIRTUAL
);

CREATE TABLE IF NOT EXISTS quotes (
    id              VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    speaker_text    VARCHAR,
    speaker_code    VARCHAR,
    speaker_country VARCHAR,
    speaker_sector  VARCHAR,
    speaker_kind    VARCHAR,
    speaker_name    VARCHAR,
    speaker_kb_id   VARCHAR,
    text            VARCHAR NOT NULL,
    verb            VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    span_start      BIGINT NOT NULL,
    span_end        BIGINT NOT NULL
);

-- Inputs or items a stage could not use (records.Dropped): stored once per id, stage, reason.
CREATE TABLE IF NOT EXISTS dropped (
    id         VARCHAR NOT NULL,
    stage      VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL,
    detail     VARCHAR NOT NULL,
    created_at TIMESTAMP DEFAULT current_timestamp,
    PRIMARY KEY (id, stage, reason)
);

-- Inputs already stored (as an article or as a dropped item): a rerun skips them.
CREATE TABLE IF NOT EXISTS inputs (
    key       VARCHAR PRIMARY KEY,
    kind      VARCHAR NOT NULL,   -- 'article' | 'dropped'
    record_id VARCHAR NOT NULL,
    stored_at TIMESTAMP DEFAULT current_timestamp
);
