"""Near-duplicate articles: MinHash signatures over character 3-grams, LSH bands in SQLite.

The same wire story reaches a store many times: republished verbatim by other sites, with a
site's boilerplate around it, with paragraphs reordered or a sentence trimmed. Exact copies
share `Article.id` (a hash of the normalised body) and are caught by a lookup. Near copies are
caught here, before the language stages, so a duplicate costs a MinHash and a few indexed
lookups instead of a parse.

Why character 3-grams and not word shingles: at the default threshold (Jaccard 0.8) a copy with
10% of its words edited must still match. An edit breaks every word shingle that covers the
word, so 3-word shingles of such a copy keep only ~0.9^3 of their shingles (Jaccard ~0.57) and
even single words fall near 0.75 once boilerplate is added; character 3-grams recur across a
text, so a set loses few members to scattered edits and copies stay above 0.8 while distinct
articles stay well below (docs/accuracy.md, "Duplicate detection", has the measurements).

Why a names-and-numbers guard: templated news (earnings, match results, casualty updates)
shares almost all its words across genuinely different events. A candidate is a duplicate only
when the capitalised words and numbers of the two bodies also agree, so "Company A beats
estimates" is never folded into "Company B beats estimates".

Persistence: each stored canonical article has its signature (`dedup_signatures`) and its LSH
band hashes (`dedup_bands`, indexed), so any later run or process finds candidates with an
indexed query per band; nothing is rebuilt up front. A run keeps the bands it has read in
memory (newsgraph.store.lsh), because a check's candidates grow with the store and screening them as
arrays keeps the check cheap. Articles stored before this index existed are indexed lazily
on first use.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from datasketch import MinHash

from newsgraph.model import Article
from newsgraph.store.lsh import BandIndex

if TYPE_CHECKING:
    from newsgraph.store.sqlite import Store

NUM_PERM = 128
# 21 bands of 6 rows: a pair at Jaccard 0.8 shares a band with probability 0.998, at 0.6 with
# 0.63 and at 0.4 with 0.08, so candidates include every likely duplicate and few others; the
# exact Jaccard then decides. The banding is fixed (it is what the stored bands mean), so
# thresholds far below 0.7 lose recall: see docs/stories.md.
BANDS = 21
ROWS = 6
SHINGLE = 3
# Share of the two bodies' names and numbers that must agree (see the module docstring), when
# both have at least MIN_NAMES of them; shorter texts are judged on their words alone.
NAMES_AGREEMENT = 0.5
MIN_NAMES = 3
GRAMS_CACHE = 2048  # stored candidates' 3-gram sets kept per run (a few MB)
_SEED = 1
_WORD = re.compile(r"\w+")
# A capitalised word not opening a sentence, or a number: names, places, figures.
_NAME = re.compile(r"(?<![.!?\"\u201c\u2018:]\s)(?<!^)(?<!\n)\b([A-Z][\w'-]+|\d[\d.,]*\d|\d)")
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme="affine32").permutations.astype(np.uint32)
_MAX_HASH = np.uint32(0xFFFFFFFF)


def normalise(text: str) -> str:
    """Case-folded words without accents or punctuation, single-spaced."""
    folded = text.casefold()
    if folded.isascii():  # NFKD leaves ASCII as it is and no ASCII character combines
        return " ".join(_WORD.findall(folded))
    decomposed = unicodedata.normalize("NFKD", folded)
    # Typographic quotes make most texts non-ASCII, but few hold an accent: look at each
    # distinct character once rather than at every character.
    marks = {ord(c): None for c in set(decomposed) if not c.isascii() and unicodedata.combining(c)}
    plain = decomposed.translate(marks) if marks else decomposed
    return " ".join(_WORD.findall(plain))


def shingles(text: str) -> np.ndarray:
    """The body's character 3-grams as sorted unique integers (three code points packed in
    21 bits each: exact, stable across processes, and cheap to hash and compare)."""
    norm = normalise(text)
    if len(norm) < SHINGLE:
        return np.empty(0, dtype=np.uint64)
    cp = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    packed = np.sort((cp[:-2] << np.uint64(42)) | (cp[1:-1] << np.uint64(21)) | cp[2:])
    first = np.empty(packed.size, dtype=bool)  # np.unique, without its general-purpose overhead
    first[0] = True
    np.not_equal(packed[1:], packed[:-1], out=first[1:])
    return packed[first]


def names(text: str) -> frozenset[str]:
    return frozenset(_NAME.findall(text))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique shingle arrays."""
    if not a.size and not b.size:
        return 1.0
    common = np.intersect1d(a, b, assume_unique=True).size
    return common / (a.size + b.size - common)


def names_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """The names guard for one pair (the module docstring says why); `BandIndex.names_agree`
    applies it to many candidates at once."""
    if len(a) < MIN_NAMES or len(b) < MIN_NAMES:
        return True
    return len(a & b) / len(a | b) >= NAMES_AGREEMENT


def _fmix32(h: np.ndarray) -> np.ndarray:
    # MurmurHash3's 32-bit finalizer, as datasketch applies it before the permutations.
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    mixed: np.ndarray = h ^ (h >> np.uint32(16))
    return mixed


def signature(grams: np.ndarray) -> np.ndarray:
    """MinHash signature (NUM_PERM uint32 values) of a shingle set: datasketch's affine32
    permutations over a 32-bit multiplicative hash of each packed 3-gram. The arithmetic is
    datasketch's `MinHash.update_batch` (affine32 scheme) done in one array expression, which
    skips its per-value Python calls; tests/store/test_dedup.py checks the two agree."""
    if not grams.size:
        return np.full(NUM_PERM, _MAX_HASH, dtype=np.uint32)
    mixed = _fmix32(((grams * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(32)).astype(np.uint32))
    a, b = _PERMUTATIONS
    return np.asarray((mixed[:, None] * a + b).min(axis=0), dtype=np.uint32)


def bands(sig: np.ndarray) -> list[int]:
    """One 63-bit hash per LSH band (the band number is hashed in, so bands never collide)."""
    out = []
    for b in range(BANDS):
        chunk = sig[b * ROWS : (b + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(bytes([b]) + chunk, digest_size=8).digest()
        out.append(int.from_bytes(digest, "big") >> 1)
    return out


def estimate(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / NUM_PERM


def body_of(text: str, blocks_json: str) -> str:
    """An article's body (its paragraphs) from the stored text and block list."""
    paras = [text[s:e] for kind, s, e in json.loads(blocks_json) if kind == "paragraph"]
    return "\n\n".join(paras)


@dataclass(frozen=True)
class Fingerprint:
    """What dedup knows about one body."""

    grams: np.ndarray  # sorted unique packed 3-grams
    names: frozenset[str]
    signature: np.ndarray
    bands: tuple[int, ...]

    @classmethod
    def of(cls, body: str) -> Fingerprint:
        grams = shingles(body)
        sig = signature(grams)
        return cls(grams, names(body), sig, tuple(bands(sig)))


@dataclass(frozen=True)
class Match:
    """An article found to copy a stored (or earlier in this run) article."""

    canonical: str
    similarity: float  # Jaccard of the 3-gram sets; 1.0 for an exact copy
    kind: str  # "exact" or "near"


# Articles the in-memory band index may hold before it is dropped and read again (~40 MB).
BAND_INDEX_ROWS = 40_000


class DuplicateIndex:
    """Finds the earlier article an article copies. One per ingest run, in the writer process.

    `check(article)` answers before the article is parsed; articles it lets through are held
    as pending until the store writes them (`persist`), so copies later in the same run are
    caught too.

    Candidates are the stored and pending articles sharing an LSH band with the article, as
    the SQL index defines them; `newsgraph.store.lsh.BandIndex` keeps the part of that index
    the run has used in memory. Another connection committing to the store (`PRAGMA
    data_version` moves) drops that copy, so articles other processes store during the run
    are candidates too.
    """

    def __init__(self, store: Store, threshold: float = 0.8) -> None:
        self.store = store
        self.threshold = threshold
        self.pending: dict[str, Fingerprint] = {}
        self.matches: dict[str, Match] = {}  # article id -> what check found
        self._backfilled = False
        self._grams_cache: dict[str, np.ndarray] = {}
        self._bands = BandIndex(NUM_PERM)
        self._data_version: int | None = None

    def check(self, article: Article) -> str | None:
        """The id of the article this one duplicates, or None (then it is registered)."""
        found = self.match(article)
        return found.canonical if found else None

    def match(self, article: Article) -> Match | None:
        if not self._backfilled:
            self.backfill()
        aid = article.id
        if aid in self.pending or self.store.has_article(aid):
            found = Match(aid, 1.0, "exact")
            self.matches[aid] = found
            return found
        body = article.body
        fp = Fingerprint.of(body)
        searched = self.threshold > 0 and bool(fp.grams.size)
        if searched:
            self._sync()
            best = self._best(fp)
            if best is not None:
                self.matches[aid] = best
                return best
        self.pending[aid] = fp
        if searched:
            # An article with no 3-grams is never searched for, and its Jaccard with any
            # other is 0, so it can never be found either: it stays out of the bands.
            self._file(aid, fp)
        return None

    def _sync(self) -> None:
        version = int(self.store.conn.execute("PRAGMA data_version").fetchone()[0])
        moved = self._data_version is not None and version != self._data_version
        # The copy grows by ~1 KB per article it holds; past the bound it starts again from
        # the store (bands are read back as checks need them), so a long run's memory stays flat.
        if moved or len(self._bands.ids) > BAND_INDEX_ROWS:
            self._bands = BandIndex(NUM_PERM)
            for aid, fp in self.pending.items():
                if fp.grams.size:
                    self._bands.load(self.store.conn, fp.bands)
                    self._file(aid, fp)
        self._data_version = version

    def _file(self, article_id: str, fp: Fingerprint) -> None:
        row = self._bands.row(article_id, fp.signature, fp.names)
        for band in set(fp.bands):
            if self._bands.loaded(band):
                self._bands.add(band, row)

    def _best(self, fp: Fingerprint) -> Match | None:
        self._bands.load(self.store.conn, fp.bands)
        rows = self._bands.candidates(fp.bands)
        if not rows.size:
            return None
        # Cheapest test first: the signature estimate (standard error ~0.035 at 0.8) screens out
        # the clearly dissimilar, then the names guard, and only then the exact Jaccard, which
        # for a stored candidate means reading its text.
        rows = self._bands.similar(rows, fp.signature, self.threshold - 0.15)
        rows = rows[self._bands.names_agree(rows, fp.names, MIN_NAMES, NAMES_AGREEMENT)]
        best: tuple[float, str] | None = None
        for row in rows.tolist():
            aid = self._bands.ids[row]
            pending = self.pending.get(aid)
            # An article written in a transaction that was rolled back has no text to read:
            # its Jaccard is 0, so it is never taken for a canonical.
            grams = pending.grams if pending is not None else self._stored_grams(aid)
            similarity = jaccard(fp.grams, grams)
            if similarity >= self.threshold and (best is None or (similarity, aid) > best):
                best = (similarity, aid)
        if best is None:
            return None
        return Match(best[1], round(best[0], 4), "near")

    def _stored_grams(self, article_id: str) -> np.ndarray:
        # A popular original is a candidate again and again during a run: keep its 3-grams.
        grams = self._grams_cache.get(article_id)
        if grams is None:
            row = self.store.conn.execute(
                "SELECT text, blocks FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            grams = shingles(body_of(row["text"], row["blocks"])) if row else np.empty(0, dtype=np.uint64)
            if len(self._grams_cache) >= GRAMS_CACHE:
                self._grams_cache.pop(next(iter(self._grams_cache)))
            self._grams_cache[article_id] = grams
        return grams

    # --- the store side ----------------------------------------------------------------

    def persist(self, conn: sqlite3.Connection, article: Article) -> None:
        """Index a stored canonical article (inside the writer's transaction)."""
        fp = self.pending.pop(article.id, None)
        if fp is None:
            # Not checked in this run: bands already in memory must list it too.
            fp = Fingerprint.of(article.body)
            if self.threshold > 0 and fp.grams.size and article.id not in self._bands.rows:
                self._file(article.id, fp)
        write_fingerprint(conn, article.id, fp)

    def backfill(self, batch: int = 500) -> int:
        """Index stored articles that have no signature yet (stores from before dedup)."""
        self._backfilled = True
        if self.store.read_only or self.threshold <= 0:
            return 0
        return backfill(self.store, batch)


def write_fingerprint(conn: sqlite3.Connection, article_id: str, fp: Fingerprint) -> None:
    if not fp.grams.size:
        return
    conn.execute(
        "INSERT OR REPLACE INTO dedup_signatures(article_id, signature, names) VALUES (?, ?, ?)",
        (article_id, fp.signature.tobytes(), json.dumps(sorted(fp.names), ensure_ascii=False)),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO dedup_bands(article_id, band) VALUES (?, ?)",
        [(article_id, b) for b in fp.bands],
    )


def backfill(store: Store, batch: int = 500) -> int:
    """Fingerprint every canonical stored article that lacks one; returns how many."""
    done, last = 0, -1
    while True:
        rows = store.conn.execute(
            "SELECT a.pk, a.id, a.text, a.blocks FROM articles a "
            "LEFT JOIN dedup_signatures s ON s.article_id = a.id "
            "WHERE s.article_id IS NULL AND a.duplicate_of IS NULL AND a.pk > ? ORDER BY a.pk LIMIT ?",
            (last, batch),
        ).fetchall()
        if not rows:
            return done
        with store.transaction() as conn:
            for row in rows:
                write_fingerprint(conn, row["id"], Fingerprint.of(body_of(row["text"], row["blocks"])))
        done += len(rows)
        last = rows[-1]["pk"]
