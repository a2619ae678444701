"""Comments under the question and answers of a Q&A page, and its answer form.

A Q&A page marks its question and answers as schema.org items (``Question``,
``Answer``, ``acceptedAnswer``, ``suggestedAnswer``) and the short remarks
readers leave under each as ``Comment`` items inside them: asides to the post
("Thanks, that worked", "Possible duplicate of ..."), each with its commenter's
name, not part of what was asked and answered. A thread of a discussion forum
marks its replies as comments too, but inside its posting item (a
``DiscussionForumPosting``), never inside a question or an answer: those stay.

Between and below its question and answers such a page keeps short lines in
no item: the count of answers and their sort order ("2 Answers", "Sorted by:"),
the form to post an answer ("Sign up or log in", "Post as a guest"), the prompt
to ask another ("Explore related questions"). Short lines of the box that
holds the answers, in no answer, go.
"""

from __future__ import annotations

from cleanpress.chain import RuleContext
from cleanpress.document import Document, Element
from cleanpress.hookspecs import hookimpl
from cleanpress.rule import Rule, rule
from cleanpress.rules.chrome.post_furniture import THREAD_PAGES
from cleanpress.rules.common.container_tree import common_box, page_parents
from cleanpress.rules.common.post_lines import lines_beside

#: Microdata marks of the answers of a Q&A page, and of its question.
ANSWER_MARKS = frozenset({"answer", "acceptedanswer", "suggestedanswer"})
QA_MARKS = ANSWER_MARKS | {"question"}
#: The microdata mark of a comment item.
COMMENT = "comment"


def comment_boxes(elements: list[Element]) -> set[int]:
    """Numbers of the containers that are comment items inside a question or an
    answer item, and of every container inside one (parents come before children)."""
    out: set[int] = set()
    under_qa = [False] * len(elements)
    for number, element in enumerate(elements):
        parent = element.parent
        if parent >= 0 and parent in out:
            out.add(number)
        elif parent >= 0 and under_qa[parent] and COMMENT in element.marks and not (
                element.marks & QA_MARKS):
            out.add(number)
        else:
            under_qa[number] = bool(element.marks & QA_MARKS) or (
                parent >= 0 and under_qa[parent])
    return out


@rule(
    "answer-comments",
    stage="chrome",
    order=327,
    description="Remove the comments under a Q&A page's question and answers (schema.org "
    "Comment items inside Question and Answer items) and the short lines between and "
    "after them outside every item (answer count, answer form, tags)",
    kinds=("html",),
)
def answer_comments(doc: Document, ctx: RuleContext) -> None:
    if doc.metadata.page_type not in THREAD_PAGES or not doc.elements:
        return
    elements = doc.elements
    answers = answer_items(elements)
    if not answers:
        return  # not a question with answers
    boxes = comment_boxes(elements)
    for block in doc.kept():
        if block.containers and block.containers[-1] in boxes:
            ctx.remove(block, "comment under a question or an answer")
    around = common_box(answers, page_parents(doc))
    for block in list(lines_beside(doc.kept(), answers, around, from_first=False)):
        ctx.remove(block, "line beside the answers (count, sort order, form, tags)")


def answer_items(elements: list[Element]) -> set[int]:
    """The outermost answer items."""
    out: set[int] = set()
    for number, element in enumerate(elements):
        if element.marks & ANSWER_MARKS and not _inside(out, element.parent, elements):
            out.add(number)
    return out


def _inside(boxes: set[int], number: int, elements: list[Element]) -> bool:
    """Whether container ``number`` is one of ``boxes`` or inside one."""
    while number >= 0:
        if number in boxes:
            return True
        number = elements[number].parent
    return False


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [answer_comments]
