"""Comments under a Q&A page's question and answers go, with the short lines beside
the answers (their count, the form to post one); the answers stay, and so do the
replies of a discussion thread, marked as comments inside its posting item."""

from __future__ import annotations

from cleanpress import Cleaner
from cleanpress.readers.html import read_html
from cleanpress.rules.chrome.answer_comments import answer_items, comment_boxes

QUESTION = ("How do I keep the soup warm for forty guests when I only have one chafing dish"
            " and a rice cooker, and the hall has no kitchen at all?")
ANSWERS = [
    "Borrow a second chafing dish from a friend and keep the soup in insulated boxes lined"
    " with towels; they hold heat for three hours without any power at all.",
    "Rent a soup kettle from a catering supplier for the day; it plugs into any socket and"
    " keeps forty portions hot from the start of the event to the very end.",
]
COMMENT = "Thanks, that worked for me."
THANKS = "This saved my event."


def comment(text: str, name: str) -> str:
    return (f'<li itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
            f'<span>{text}</span> <a class="comment-user">{name}</a></li>')


def answer(text: str, mark: str = "suggestedAnswer") -> str:
    return (f'<div class="answer" itemprop="{mark}" itemscope itemtype="https://schema.org/Answer">'
            f'<div class="post-text"><p>{text}</p></div>'
            f'<ul class="comments">{comment(COMMENT, "dana")}</ul></div>')


def qa_page() -> str:
    return (
        '<html><body itemscope itemtype="https://schema.org/QAPage"><main>'
        '<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">'
        f'<h1>Keeping soup warm</h1><div class="post-text"><p>{QUESTION}</p></div>'
        f'<ul class="comments">{comment("Which soup is it?", "ravi")}</ul>'
        '<div id="answers"><h2>2 Answers</h2><p>Sorted by: highest score</p>'
        f'{answer(ANSWERS[0], "acceptedAnswer")}{answer(ANSWERS[1])}'
        '<form class="post-form"><h2>Your Answer</h2><p>Sign up or log in</p>'
        '<p>Post as a guest</p><p>Required, but never shown</p></form>'
        "</div></div></main></body></html>"
    )


def thread_page() -> str:
    """A discussion thread whose replies are comment items inside its posting."""
    replies = "".join(
        f'<div class="post" itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        f'<span itemprop="author">poster{i}</span><p>{text}</p></div>'
        for i, text in enumerate(ANSWERS)
    )
    return (
        '<html><body><main><div itemscope itemtype="https://schema.org/DiscussionForumPosting">'
        f'<h1>Keeping soup warm</h1><div class="post"><p>{QUESTION}</p></div>{replies}'
        f'<div class="post" itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        f"<p>{THANKS}</p></div>"
        "</div></main></body></html>"
    )


def test_comments_and_the_answer_form_go(cleaner: Cleaner) -> None:
    result = cleaner.clean(qa_page(), kind="html")
    assert result.metadata.page_type == "forum"
    assert QUESTION in result.text
    assert all(text in result.text for text in ANSWERS)
    for gone in (COMMENT, "Which soup is it?", "dana", "ravi", "2 Answers", "Sorted by",
                 "Sign up or log in", "Required, but never shown"):
        assert gone not in result.text
    assert "answer-comments" in {r.rule for r in result.removed if COMMENT in r.text}


def test_they_stay_with_the_rule_disabled() -> None:
    result = Cleaner(disable=["answer-comments"]).clean(qa_page(), kind="html")
    assert COMMENT in result.text


def test_replies_of_a_discussion_thread_stay(cleaner: Cleaner) -> None:
    result = cleaner.clean(thread_page(), kind="html")
    assert all(text in result.text for text in ANSWERS)
    assert THANKS in result.text
    assert not [r for r in result.removed if r.rule == "answer-comments"]


def test_comment_items_are_found_only_under_a_question_or_an_answer() -> None:
    qa = read_html(qa_page())
    found = comment_boxes(qa.elements)
    assert len(found) == 3  # two answers' comments and the question's
    assert all("comment" in qa.elements[n].marks for n in found)
    assert len(answer_items(qa.elements)) == 2
    thread = read_html(thread_page())
    assert comment_boxes(thread.elements) == set()
    assert answer_items(thread.elements) == set()
