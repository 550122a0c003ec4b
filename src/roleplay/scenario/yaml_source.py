"""Reading YAML safely while remembering where every value came from.

A :class:`PositionLoader` is a ``yaml.SafeLoader`` that
- refuses duplicate mapping keys,
- refuses any tag outside YAML's core schema (``!!python/object`` and friends),
- caps nesting depth and alias expansion (billion-laughs),
and records the ``file:line:col`` of every key and value by path, so later
stages (pydantic, reference checks, lint) can point back into the file.

PyYAML's scanner and parser in pure Python take about 95% of the time of reading a scenario
(a library of 300 files took 8 s to list). When PyYAML was built with libyaml, the events come
from its C parser and the same Python composer builds the nodes (same guards, same positions):
about 15 times faster. A text refused that way (a YAML error, an unsafe tag, too many aliases)
is read again with the pure-Python parser, which words the refusal, so every message, code and
location stays what it was; only a text both read without a problem keeps libyaml's reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from roleplay.errors import Diagnostic, Location

from . import codes
from .readable_file import MAX_BYTES
from .yaml_errors import explain

MAX_DEPTH = 32
MAX_NODES = 100_000  # after expanding aliases
MAX_ALIASES = 200

SAFE_TAGS = frozenset(
    {
        "tag:yaml.org,2002:str",
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null",
        "tag:yaml.org,2002:timestamp",
        "tag:yaml.org,2002:map",
        "tag:yaml.org,2002:seq",
    }
)

Path_ = tuple[str | int, ...]


@dataclass
class SourceMap:
    """Where each path of the document sits in the file (1-based line and column)."""

    file: str
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    # Parts of the document read from another file (an `include:`), by path prefix.
    overlays: dict[Path_, SourceMap] = field(default_factory=dict)

    def locate(self, path: Path_, *, key: bool = False) -> Location:
        """The closest known position for ``path``: the path itself or its nearest parent."""
        for prefix, other in self.overlays.items():
            if tuple(path[: len(prefix)]) == prefix:
                return other.locate(path, key=key)
        probe = tuple(path)
        while True:
            table = self.key_positions if key and probe in self.key_positions else self.positions
            if probe in table:
                line, col = table[probe]
                return Location(self.file, line, col)
            if not probe:
                return Location(self.file)
            probe = probe[:-1]


class _Refusal(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


class _Guards(Composer, SafeConstructor):
    """What both loaders add to PyYAML's composer and constructor: caps on depth and aliases,
    refused recursive aliases, and values Python cannot build as marked errors."""

    filename: str
    # from the parser each loader pairs this with (annotations only: nothing is shadowed)
    peek_event: Any
    dispose: Any

    def _start_guards(self, filename: str) -> None:
        self.filename = filename
        self._depth = 0
        self._aliases = 0
        self._open_anchors: list[str] = []  # anchors of the nodes being composed right now

    def _loc(self, node_or_mark: Any) -> Location:
        mark = getattr(node_or_mark, "start_mark", node_or_mark)
        return Location(self.filename, mark.line + 1, mark.column + 1)

    @property
    def alias_count(self) -> int:
        return self._aliases

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise _Refusal(
                    Diagnostic(
                        codes.ALIAS_BOMB,
                        f"more than {MAX_ALIASES} aliases",
                        "scenarios rarely need anchors; write the values out",
                        self._loc(event),
                    )
                )
            if event.anchor in self._open_anchors:
                raise _Refusal(
                    Diagnostic(
                        codes.ALIAS_BOMB,
                        f"alias *{event.anchor} is used inside the value it names "
                        "(a recursive alias)",
                        f"a value cannot contain itself; remove *{event.anchor} "
                        "or write the values out",
                        self._loc(event),
                    )
                )
            return super().compose_node(parent, index)
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            self._open_anchors.append(anchor)
        try:
            return self._compose_nested(parent, index)
        finally:
            if anchor is not None:
                self._open_anchors.pop()

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        """A value PyYAML's resolver accepts but Python cannot build (an integer of more than
        4,300 digits, a date such as 2024-02-30) is a marked error at that value, not a
        ``ValueError`` traceback."""
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, OverflowError) as exc:
            shown = str(node.value)
            if len(shown) > 40:
                shown = f"{shown[:40]}... ({len(shown):,} characters)"
            if node.tag == "tag:yaml.org,2002:int":
                problem = f"{shown!r} is a number too long to read"
            elif node.tag == "tag:yaml.org,2002:timestamp":
                problem = f"{shown!r} looks like a date but is not one ({exc})"
            else:
                problem = f"{shown!r} cannot be read ({exc})"
            raise _Refusal(
                Diagnostic(
                    codes.YAML_SYNTAX,
                    f"YAML value error: {problem}",
                    "quote it if it is text",
                    self._loc(node),
                )
            ) from None

    def _compose_nested(self, parent: Node | None, index: Any) -> Node | None:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                event = self.peek_event()
                raise _Refusal(
                    Diagnostic(
                        codes.TOO_DEEP,
                        f"nesting deeper than {MAX_DEPTH} levels",
                        "a scenario needs only a few levels of nesting",
                        self._loc(event),
                    )
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class PositionLoader(_Guards, yaml.SafeLoader):
    """SafeLoader that caps depth and aliases and rejects duplicate keys."""

    def __init__(self, stream: str, filename: str) -> None:
        yaml.SafeLoader.__init__(self, stream)
        self._start_guards(filename)


_CParser: Any = (
    getattr(yaml.cyaml, "CParser", None) if yaml.__with_libyaml__ else None
)  # None when PyYAML was built without libyaml
# What the pure-Python reader refuses before parsing; libyaml's own list differs a little, so
# a text with any of these is read the slow way (and refused with the usual message). So is a
# text with something the two parsers treat differently: a tab (libyaml accepts it where
# PyYAML does not), a byte-order mark past the start, the line breaks NEL, LS and PS, and a
# block scalar's header with a comment right after it (`|#`: libyaml reads it as a comment).
_NOT_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE
_READ_APART = re.compile("[\t\x85\u2028\u2029]|(?<!^)\ufeff|[|>][-+0-9]*#")


def _libyaml_reads_it_alike(text: str) -> bool:
    return _CParser is not None and not _READ_APART.search(text) and not _NOT_PRINTABLE.search(text)


if _CParser is not None:

    class FastPositionLoader(_Guards, _CParser, Resolver):  # type: ignore[misc]
        """The same guards over libyaml's events (see the module docstring)."""

        def __init__(self, stream: str, filename: str) -> None:
            _CParser.__init__(self, stream)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)
            Composer.__init__(self)
            self._start_guards(filename)

        def compose_scalar_node(self, anchor: Any) -> ScalarNode:
            node: ScalarNode = super().compose_scalar_node(anchor)
            if node.value == "" and not node.style:
                # an empty value (`key:` and nothing): libyaml marks it elsewhere
                raise _ReadSlowly
            return node


class _ReadSlowly(Exception):
    """libyaml met a YAML error: read the text again the pure-Python way for its message."""


def _check_tree(node: Node, filename: str, aliases: int, problems: list[Diagnostic]) -> None:
    """Reject unsafe tags and duplicate keys; cap the expanded size and depth of the document.

    Aliases let one node appear in many places, so a document's size and depth are measured
    as if every alias were written out. The composer has already refused recursive aliases,
    so the nodes form a DAG; sizes are memoised per node and the walk stops at MAX_DEPTH.
    """
    measured: dict[int, tuple[int, int]] = {}  # id(node) -> (values below it, height)

    def measure(n: Node, depth: int) -> tuple[int, int]:
        known = measured.get(id(n))
        if known is None:
            if depth > MAX_DEPTH:
                known = (1, 1)  # reported below; stop descending
            else:
                children: list[Node] = []
                if isinstance(n, MappingNode):
                    children = [part for pair in n.value for part in pair]
                elif isinstance(n, SequenceNode):
                    children = list(n.value)
                total, height = 1, 0
                for child in children:
                    size, h = measure(child, depth + 1)
                    total += size
                    height = max(height, h)
                known = (total, height + 1)
            measured[id(n)] = known
        if depth + known[1] - 1 > MAX_DEPTH:
            raise _Refusal(
                Diagnostic(
                    codes.TOO_DEEP,
                    f"nesting deeper than {MAX_DEPTH} levels once aliases are written out",
                    "a scenario needs only a few levels of nesting; write the values out",
                    Location(filename, n.start_mark.line + 1, n.start_mark.column + 1),
                )
            )
        return known

    total, _ = measure(node, 1)
    if total > MAX_NODES:
        where = Location(filename, node.start_mark.line + 1, node.start_mark.column + 1)
        if aliases:
            raise _Refusal(
                Diagnostic(
                    codes.ALIAS_BOMB,
                    f"with its {aliases} alias(es) written out the document holds {total:,} "
                    f"values; the limit is {MAX_NODES:,}",
                    "aliases that repeat aliases multiply; write the values out",
                    where,
                )
            )
        raise _Refusal(
            Diagnostic(
                codes.FILE_TOO_LARGE,
                f"the document holds {total:,} values (keys, items and scalars); "
                f"the limit is {MAX_NODES:,}",
                "split it into several scenarios; a big scenario holds a few thousand",
                where,
            )
        )

    seen: set[int] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if id(n) in seen:
            continue
        seen.add(id(n))
        loc = Location(filename, n.start_mark.line + 1, n.start_mark.column + 1)
        if n.tag not in SAFE_TAGS:
            problems.append(
                Diagnostic(
                    codes.UNSAFE_TAG,
                    f"tag {n.tag!r} is not allowed",
                    "only plain YAML values are accepted; nothing in a scenario is executed",
                    loc,
                )
            )
            continue
        if isinstance(n, MappingNode):
            keys: dict[object, Node] = {}
            for k, v in n.value:
                if k.tag == "tag:yaml.org,2002:merge":
                    problems.append(
                        Diagnostic(
                            codes.UNSAFE_TAG,
                            "merge keys (<<) are not supported",
                            "write the keys out",
                            Location(filename, k.start_mark.line + 1, k.start_mark.column + 1),
                        )
                    )
                    continue
                ident = k.value if isinstance(k, ScalarNode) else id(k)
                if ident in keys:
                    first = keys[ident].start_mark
                    problems.append(
                        Diagnostic(
                            codes.DUPLICATE_KEY,
                            f"duplicate key {k.value!r} (first at line {first.line + 1})",
                            "each key may appear once in a mapping",
                            Location(filename, k.start_mark.line + 1, k.start_mark.column + 1),
                        )
                    )
                keys[ident] = k
                stack.extend((k, v))
        elif isinstance(n, SequenceNode):
            stack.extend(n.value)


def _record_positions(node: Node, path: Path_, source: SourceMap) -> None:
    source.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, MappingNode):
        for k, v in node.value:
            if isinstance(k, ScalarNode):
                child = (*path, k.value)
                source.key_positions[child] = (k.start_mark.line + 1, k.start_mark.column + 1)
                _record_positions(v, child, source)
    elif isinstance(node, SequenceNode):
        for i, item in enumerate(node.value):
            _record_positions(item, (*path, i), source)


def parse_yaml(text: str, filename: str) -> tuple[Any, SourceMap]:
    """Parse one YAML document into plain Python values plus a source map.

    Raises :class:`_Refusal` (wrapped by the loader) for anything unsafe or malformed.
    """
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise _Refusal(
            Diagnostic(
                codes.FILE_TOO_LARGE, f"text is over {MAX_BYTES:,} bytes", None, Location(filename)
            )
        )
    if _libyaml_reads_it_alike(text):
        try:
            return _parse_with(FastPositionLoader(text, filename), text, filename, fast=True)
        except (_ReadSlowly, _Refusal, ScenarioProblems):
            pass  # any refusal is found and worded again the pure-Python way (same messages)
    try:
        loader = PositionLoader(text, filename)
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        raise _Refusal(
            Diagnostic(
                codes.YAML_SYNTAX,
                f"character 0x{exc.character:x} is not allowed in YAML"
                if isinstance(exc.character, int)
                else "unreadable character in YAML",
                "remove control characters from the file",
                Location(filename, line),
            )
        ) from None
    return _parse_with(loader, text, filename, fast=False)


def _parse_with(loader: _Guards, text: str, filename: str, *, fast: bool) -> tuple[Any, SourceMap]:
    """The document read by ``loader``; with ``fast`` (libyaml's events) any YAML error
    raises :class:`_ReadSlowly` instead, so the pure-Python parser words it as always."""
    try:
        try:
            root = loader.get_single_node()
        except (yaml.YAMLError, RecursionError):
            if fast:
                raise _ReadSlowly from None
            raise
    except yaml.composer.ComposerError as exc:
        if "expected a single document" not in str(exc):
            raise _Refusal(explain(exc, text, filename)) from None
        raise _Refusal(
            Diagnostic(
                codes.MULTIPLE_DOCUMENTS,
                "more than one YAML document",
                "put one scenario per file: remove the extra '---'",
                loader._loc(exc.problem_mark) if exc.problem_mark else Location(filename),
            )
        ) from None
    except yaml.MarkedYAMLError as exc:
        raise _Refusal(explain(exc, text, filename)) from None
    except yaml.YAMLError as exc:
        raise _Refusal(
            Diagnostic(codes.YAML_SYNTAX, f"YAML error: {exc}", None, Location(filename))
        ) from None
    except RecursionError:
        raise _Refusal(
            Diagnostic(codes.TOO_DEEP, "nesting too deep", None, Location(filename))
        ) from None
    finally:
        loader.dispose()
    if root is None:
        raise _Refusal(
            Diagnostic(
                codes.NOT_A_MAPPING,
                "the file is empty",
                "start from `roleplay new ID`",
                Location(filename, 1, 1),
            )
        )
    problems: list[Diagnostic] = []
    _check_tree(root, filename, loader.alias_count, problems)
    if problems:
        raise ScenarioProblems(problems)
    if not isinstance(root, MappingNode):
        raise _Refusal(
            Diagnostic(
                codes.NOT_A_MAPPING,
                "the top level must be a mapping (id:, title:, states: ...)",
                "start from `roleplay new ID`",
                loader._loc(root),
            )
        )
    source = SourceMap(filename)
    _record_positions(root, (), source)
    try:
        data = loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        if fast:
            raise _ReadSlowly from None
        mark = exc.problem_mark or exc.context_mark
        raise _Refusal(
            Diagnostic(
                codes.YAML_SYNTAX,
                f"YAML value error: {(exc.problem or 'invalid value').strip()}",
                None,
                loader._loc(mark) if mark else Location(filename),
            )
        ) from None
    return data, source


class ScenarioProblems(Exception):
    """Several diagnostics found while reading one file."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__(diagnostics[0].message)
        self.diagnostics = diagnostics


Refusal = _Refusal
