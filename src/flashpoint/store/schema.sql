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
    num_mentions         INTEGER NOT NULL,
    num_articles         INTEGER NOT NULL,
    num_sources          INTEGER NOT NULL,
    first_seen           VARCHAR,
    last_seen            VARCHAR,
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

-- Every telling of an event (GDELT's Mentions): event_id is the article-level event.
CREATE TABLE IF NOT EXISTS mentions (
    id             VARCHAR PRIMARY KEY,
    event_id       VARCHAR NOT NULL,
    article_id     VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    span_start     BIGINT NOT NULL,
    span_end       BIGINT NOT NULL,
    trigger        VARCHAR NOT NULL,
    cameo          VARCHAR NOT NULL,
    mode           VARCHAR NOT NULL,
    date           VARCHAR,
    confidence     DOUBLE NOT NULL,
    rule           VARCHAR NOT NULL
);

-- Every document ingested, also when its cleaned text (the article) was already stored:
-- five outlets carrying one wire story are one article and five documents.
CREATE TABLE IF NOT EXISTS documents (
    id         VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    source     VARCHAR NOT NULL,
    url        VARCHAR,
    site       VARCHAR,
    title      VARCHAR,
    published  VARCHAR,
    outlet     VARCHAR NOT NULL,   -- site, else the URL's host, else the input
    stored_at  TIMESTAMP DEFAULT current_timestamp
);

-- Which merged event (group) each article-level event belongs to; a group's id is the id of
-- its first event.
CREATE TABLE IF NOT EXISTS event_groups (
    event_id VARCHAR PRIMARY KEY,
    group_id VARCHAR NOT NULL
);

-- What the story clustering must remember to place next week's articles in this week's stories.
CREATE TABLE IF NOT EXISTS story_index (
    article_id VARCHAR PRIMARY KEY,
    story_id   VARCHAR NOT NULL,
    published  VARCHAR,
    state      BLOB NOT NULL
);

-- Merged events: one row per group, shaped like `events`, with the counts over all documents.
CREATE OR REPLACE VIEW merged_events AS
WITH docs AS (
    SELECT article_id, count(*) AS n_docs FROM documents GROUP BY article_id
), members AS (
    SELECT g.group_id, e.article_id, e.mentions * coalesce(d.n_docs, 1) AS told
    FROM events e JOIN event_groups g ON g.event_id = e.id
    LEFT JOIN docs d ON d.article_id = e.article_id
), told AS (
    SELECT group_id, sum(told) AS num_mentions FROM members GROUP BY group_id
), seen AS (
    SELECT m.group_id, count(DISTINCT doc.id) AS num_articles,
           count(DISTINCT doc.outlet) AS num_sources,
           min(substr(doc.published, 1, 10)) AS first_seen,
           max(substr(doc.published, 1, 10)) AS last_seen
    FROM (SELECT DISTINCT group_id, article_id FROM members) m
    JOIN documents doc ON doc.article_id = m.article_id
    GROUP BY m.group_id
)
SELECT e.* REPLACE (
    CAST(t.num_mentions AS INTEGER) AS num_mentions,
    CAST(coalesce(s.num_articles, 1) AS INTEGER) AS num_articles,
    CAST(coalesce(s.num_sources, 1) AS INTEGER) AS num_sources,
    s.first_seen AS first_seen,
    s.last_seen AS last_seen
)
FROM told t JOIN events e ON e.id = t.group_id
LEFT JOIN seen s ON s.group_id = t.group_id;
