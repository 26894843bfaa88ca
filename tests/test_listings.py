"""deliver.listings: the public actor and claim records of one coded article."""

from newsevents.deliver.listings import actor_records
from newsevents.records import Actor, Article, CodedArticle, Mention

TEXT = "Rockets hit Dorval. Residents of Dorval fled. They said little."


def _mention(start: int, end: int, basis: str, country: str | None) -> Mention:
    actor = Actor("residents", TEXT[start:end], country, ("CVL",), None, "a1", "agent", basis)
    return Mention(0, 1, start, end, TEXT[start:end], 0, actor)


def test_scene_bases_outrank_the_article_country():
    # a struck town's civilians placed by the gazetteer (or their clause's one place, or the
    # attack told of before) are better grounded than the article's main country
    article = Article("a", TEXT, "test")
    for basis in ("gazetteer", "place", "scene"):
        mentions = (_mention(12, 18, "article", "FRA"), _mention(20, 38, basis, "CAN"),
                    _mention(46, 50, "coreference", "FRA"))  # fmt: skip
        [record] = actor_records(CodedArticle(article, mentions))
        assert (record["basis"], record["country"]) == (basis, "CAN")
