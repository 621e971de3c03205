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
band hashes (`dedup_bands`, indexed), so candidates are found with one SQL query in any later
run or process; nothing is rebuilt in memory. Articles stored before this index existed are
indexed lazily on first use.
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
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme="affine32").permutations


def normalise(text: str) -> str:
    """Case-folded words without accents or punctuation, single-spaced."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORD.findall(plain))


def shingles(text: str) -> np.ndarray:
    """The body's character 3-grams as sorted unique integers (three code points packed in
    21 bits each: exact, stable across processes, and cheap to hash and compare)."""
    norm = normalise(text)
    if len(norm) < SHINGLE:
        return np.empty(0, dtype=np.uint64)
    cp = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    packed = (cp[:-2] << np.uint64(42)) | (cp[1:-1] << np.uint64(21)) | cp[2:]
    return np.unique(packed)


def names(text: str) -> frozenset[str]:
    return frozenset(m.group(1) for m in _NAME.finditer(text))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique shingle arrays."""
    if not a.size and not b.size:
        return 1.0
    common = np.intersect1d(a, b, assume_unique=True).size
    return common / (a.size + b.size - common)


def _name_agreement(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def _hash32(value: int) -> int:
    return value


def signature(grams: np.ndarray) -> np.ndarray:
    """MinHash signature (NUM_PERM uint32 values) of a shingle set: datasketch's affine32
    permutations over a 32-bit multiplicative hash of each packed 3-gram."""
    mixed = ((grams * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(32)).tolist()
    mh = MinHash(
        num_perm=NUM_PERM, seed=_SEED, hashfunc=_hash32, permutations=_PERMUTATIONS, scheme="affine32"
    )
    if mixed:
        mh.update_batch(mixed)
    return np.asarray(mh.hashvalues, dtype=np.uint32)


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


class DuplicateIndex:
    """Finds the earlier article an article copies. One per ingest run, in the writer process.

    `check(article)` answers before the article is parsed; articles it lets through are held
    as pending until the store writes them (`persist`), so copies later in the same run are
    caught too.
    """

    def __init__(self, store: Store, threshold: float = 0.8) -> None:
        self.store = store
        self.threshold = threshold
        self.pending: dict[str, Fingerprint] = {}
        self._pending_bands: dict[int, set[str]] = {}
        self.matches: dict[str, Match] = {}  # article id -> what check found
        self._backfilled = False
        self._grams_cache: dict[str, np.ndarray] = {}

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
        if self.threshold > 0 and fp.grams.size:
            best = self._best(fp)
            if best is not None:
                self.matches[aid] = best
                return best
        self.pending[aid] = fp
        for band in fp.bands:
            self._pending_bands.setdefault(band, set()).add(aid)
        return None

    def _best(self, fp: Fingerprint) -> Match | None:
        candidates: set[str] = set()
        for band in fp.bands:
            candidates |= self._pending_bands.get(band, set())
        marks = ",".join("?" * len(fp.bands))
        stored = self.store.conn.execute(
            f"SELECT DISTINCT b.article_id, s.signature, s.names FROM dedup_bands b "
            f"JOIN dedup_signatures s ON s.article_id = b.article_id WHERE b.band IN ({marks})",
            fp.bands,
        ).fetchall()
        # Cheapest test first: the signature estimate (standard error ~0.035 at 0.8) screens out
        # the clearly dissimilar, then the names guard, and only then the exact Jaccard, which
        # for a stored candidate means reading its text.
        floor = self.threshold - 0.15
        survivors: list[tuple[str, np.ndarray | None]] = []
        for aid in candidates:
            other = self.pending[aid]
            if estimate(fp.signature, other.signature) >= floor and self._names_agree(fp, other.names):
                survivors.append((aid, other.grams))
        for row in stored:
            sig = np.frombuffer(row["signature"], dtype=np.uint32)
            if estimate(fp.signature, sig) >= floor and self._names_agree(
                fp, frozenset(json.loads(row["names"]))
            ):
                survivors.append((row[0], None))
        best: tuple[float, str] | None = None
        for aid, grams in survivors:
            similarity = jaccard(fp.grams, grams if grams is not None else self._stored_grams(aid))
            if similarity >= self.threshold and (best is None or (similarity, aid) > best):
                best = (similarity, aid)
        if best is None:
            return None
        return Match(best[1], round(best[0], 4), "near")

    @staticmethod
    def _names_agree(fp: Fingerprint, other_names: frozenset[str]) -> bool:
        if len(fp.names) < MIN_NAMES or len(other_names) < MIN_NAMES:
            return True
        return _name_agreement(fp.names, other_names) >= NAMES_AGREEMENT

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
            fp = Fingerprint.of(article.body)
        else:
            for band in fp.bands:
                ids = self._pending_bands.get(band)
                if ids is not None:
                    ids.discard(article.id)
                    if not ids:
                        del self._pending_bands[band]
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
