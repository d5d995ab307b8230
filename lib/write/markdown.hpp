#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "write/text_grid.hpp"

namespace tk {

// GitHub-flavoured Markdown: the one escaping rule and the one pipe-table writer behind every
// Markdown that tenderkit writes, the command outputs (`--format md`) and the documents alike.

// Where escaped text goes: at the start of a line, or within one (after other text, in a
// table cell).
enum class MarkdownPlace { line_start, within_line };

// Appends `text` so that Markdown shows it literally. \ ` * [ < > | ~ are backslash-escaped
// everywhere; - + # ! ( { only at the start of a line, where they could begin a list, heading
// or image (so "-1.25" in a table cell stays "-1.25"); '_' only where it could begin or end
// emphasis (not inside a word: "bidder_id"); '&' only before a letter or '#', where it would
// begin an entity. A line break becomes a space. So `<script>` is text, not HTML, and
// `[x](y)` is not a link.
void append_markdown_escaped(std::string& out, std::string_view text, MarkdownPlace place);
// The same, as a new string.
std::string markdown_escape(std::string_view text, MarkdownPlace place);

// How the rule under a table's header is written: `|---|--:|` (the command outputs) or
// `| --- | ---: |` (the documents, whose body rows also write an empty cell as one space).
enum class MarkdownRule { compact, spaced };

// Appends a pipe table: the header, the rule (a right-aligned column where `right_aligned`
// says so), the rows, then `footer` in bold when it is not empty. Each line ends in '\n'.
// Every cell is escaped as text within a line, so '|' in a cell is "\|".
void append_markdown_table(std::string& out, const std::vector<std::string>& header,
                           const std::vector<bool>& right_aligned,
                           const std::vector<std::vector<std::string>>& rows,
                           const std::vector<std::string>& footer, MarkdownRule rule);

// A grid as a compact pipe table: its header rows joined into one with spaces.
std::string render_markdown(const TextGrid& grid);

}  // namespace tk
