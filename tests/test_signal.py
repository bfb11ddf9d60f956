"""The wording model: the second signal behind the rule packs."""

from __future__ import annotations

import logging
from email.message import EmailMessage

import pytest
from test_wording import sentences

from proxy.detectors import signal
from proxy.models import Action, Category
from proxy.pipeline.checker import build_checker
from proxy.pipeline.normalise import normalise
from proxy.pipeline.parse import parse_message
from proxy.settings import DetectSettings

CHECKER = build_checker(DetectSettings())


def reply(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "care@seller.example"
    msg["To"] = "abc123@marketplace.amazon.com"
    msg["Subject"] = "Re: Your order 028-1234567-7654321"
    msg["In-Reply-To"] = "<0100abc@email.amazonses.com>"
    msg.set_content(f"Hello Sam,\n\n{body}\n\nKind regards,\nAlex\n")
    return bytes(msg)


def test_the_shipped_model_loads_with_a_threshold_per_category() -> None:
    model = signal.load_model()
    assert model is not None
    assert model.categories == signal.CATEGORIES
    assert len(model.thresholds) == len(model.bias) == len(signal.CATEGORIES)
    assert all(0.5 <= t <= 1.0 for t in model.thresholds)
    assert model.size > 1000


def test_features_fold_digits_and_case() -> None:
    assert signal.features("Order 123 ARRIVED") == signal.features("order 987 arrived")
    assert signal.features("Ｇｉｆｔ card") == signal.features("gift card")


BATCH = [
    "",
    " ",
    "Order 123 ARRIVED",
    "😀" * 300,
    "𠀀𠀁𠀂 𠀃𠀄 test words",
    "Ｇｉｆｔ card for a 5-star review, please",
    "Wir bitten Sie, Ihre Bewertung zu ändern.",
    "ご注文の商品は明日届きます。",
    "a",
    "x" * 500,
    "Gracias 😀 por su paciencia, señora Núñez",
]


def test_a_batch_has_the_features_of_each_sentence_alone() -> None:
    owner, feats = signal.feature_pairs(BATCH)
    for i, sentence in enumerate(BATCH):
        assert [int(f) for f in feats[owner == i]] == signal.features(sentence)
    assert all(0 <= f < 1 << signal.BITS for f in feats.tolist())


def test_an_empty_sentence_has_no_features() -> None:
    assert signal.features("") == signal.features(" ") == []
    owner, feats = signal.feature_pairs(["", "  "])
    assert len(owner) == len(feats) == 0


def test_features_are_words_word_pairs_and_character_grams() -> None:
    # one word: the word, and its 3-5-grams with the spaces around it; no pair
    assert len(signal.features("cat")) == 1 + 3 + 2 + 1
    # two words: two words, one pair, 3-5-grams of " dog cat "
    assert len(signal.features("dog cat")) == 2 + 1 + 7 + 6 + 5
    # word order matters through the pairs and grams; sentences do not run into each other
    assert signal.features("dog cat") != signal.features("cat dog")
    owner, feats = signal.feature_pairs(["dog", "cat"])
    assert set(feats[owner == 0].tolist()) == set(signal.features("dog"))


def test_the_model_scores_a_batch_as_it_scores_each_sentence() -> None:
    model = signal.load_model()
    assert model is not None
    batch = model.score_all(BATCH)
    assert batch.shape == (len(BATCH), len(signal.CATEGORIES))
    for row, sentence in zip(batch.tolist(), BATCH, strict=True):
        assert row == pytest.approx(model.scores(sentence))


def test_sentences_keep_prose_and_drop_fragments() -> None:
    text = "Hi Sam,\nThe parcel left today. It should arrive on Friday!\nNora\n注文した商品は明日届きます。"
    assert signal.sentences(text) == [
        "The parcel left today.",
        "It should arrive on Friday!",
        "注文した商品は明日届きます。",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the buyer's words copied back are not scored; what the agent wrote around them is
        (
            "You wrote: «the strap snapped after a week, total rubbish». We are sorry to hear it.",
            ["You wrote: .", "We are sorry to hear it."],
        ),
        (
            "Sie schrieben: „Die Lieferung war eine Frechheit“ und wir verstehen das.",
            ["Sie schrieben: und wir verstehen das."],
        ),
        (
            "お客様の「届いた商品がすぐに壊れました」とのご連絡を確認しました。",
            ["お客様の とのご連絡を確認しました。"],
        ),
        # a word or two in quotes is the agent's own (scare quotes, a button's name)
        (
            'Your "broken" charger works fine, just press "Reset all" once.',
            ['Your "broken" charger works fine, just press "Reset all" once.'],
        ),
    ],
)
def test_sentences_leave_out_quotations(text: str, expected: list[str]) -> None:
    assert signal.sentences(text) == expected


def test_model_findings_are_held_name_the_sentence_and_skip_what_rules_found() -> None:
    sentence = "Leave us a five star review and we will send you a gift card."
    doc = normalise(parse_message(reply(sentence)))
    opinions = {op.category: op for op in signal.opinions(doc)}
    assert "review_incentive" in opinions
    assert opinions["review_incentive"].sentence == sentence
    found = signal.detect(doc, set())
    assert found and all(f.action is Action.QUARANTINE and f.rule.endswith(".model") for f in found)
    assert signal.detect(doc, {op for op in opinions}) == []


def test_the_model_stays_silent_where_the_rules_named_a_wording_violation() -> None:
    doc = normalise(parse_message(reply("Leave us a five star review and we will send you a gift card.")))
    assert signal.opinions(doc)
    assert signal.detect(doc, {"contact_phone"})  # a structural finding leaves the model its say
    assert signal.detect(doc, {"marketing"}) == []  # a wording one is the reason already given


@pytest.mark.parametrize(
    "body", [*sentences("review_clean", "compliant"), *sentences("review_clean", "compliant_families")]
)
def test_compliant_review_wording_does_not_trip_the_model(body: str) -> None:
    judgement = CHECKER.judge(reply(body))
    assert [f.rule for f in judgement.findings if f.rule.endswith(".model")] == []


def test_without_a_model_file_the_signal_is_off_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def missing(_: str) -> object:
        raise FileNotFoundError("signal_model.json")

    signal.load_model.cache_clear()
    monkeypatch.setattr(signal.resources, "files", missing)
    with caplog.at_level(logging.WARNING):
        assert signal.load_model() is None
    assert "second signal off" in caplog.text
    doc = normalise(parse_message(reply("Leave a five star review for a gift card.")))
    assert signal.opinions(doc) == []
    monkeypatch.undo()
    signal.load_model.cache_clear()
    assert signal.load_model() is not None


def test_rules_first_the_model_only_adds_categories() -> None:
    judgement = CHECKER.judge(reply("We will send you a $10 gift card for your honest review."))
    rules = [f.rule for f in judgement.findings if f.category is Category.REVIEW_INCENTIVE]
    assert rules and not any(r.endswith(".model") for r in rules)


@pytest.mark.parametrize(
    ("mode", "acted", "monitored"), [("act", True, False), ("monitor", False, True), ("off", False, False)]
)
def test_operator_chooses_act_monitor_or_off(mode: str, acted: bool, monitored: bool) -> None:
    checker = build_checker(DetectSettings(wording_model=mode))  # type: ignore[arg-type]
    # No rule family covers this wording; the model does.
    raw = reply("Share your thoughts about the kettle online and we'll post you a free descaler.")
    judgement = checker.judge(raw)
    assert any(f.rule.endswith(".model") for f in judgement.findings) is acted
    assert any(f.rule.endswith(".model") for f in judgement.monitored) is monitored
