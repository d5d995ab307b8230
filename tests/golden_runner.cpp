// Runs one golden CLI test: a data file with input files, a shell command, and the expected
// exit code, stdout, stderr and output files. See tests/golden/README.md for the format.
// With TK_GOLDEN_UPDATE=1 it rewrites the expected sections from what the command did.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Section {
  std::string kind;  // copy, file, run, exit, stdout, stderr, output
  std::vector<std::string> args;
  bool escaped = false;
  std::vector<std::string> lines;
};

struct TestFile {
  std::vector<std::string> preamble;
  std::vector<Section> sections;
};

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_all(const fs::path& p, const std::string& content) {
  if (p.has_parent_path()) fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out << content;
}

std::vector<std::string> split_words(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

TestFile parse(const std::string& text) {
  TestFile t;
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  for (const std::string& line : lines) {
    if (line.rfind("@@ ", 0) == 0) {
      Section s;
      std::vector<std::string> words = split_words(line.substr(3));
      if (words.empty()) throw std::runtime_error("empty @@ line");
      s.kind = words[0];
      for (std::size_t i = 1; i < words.size(); ++i) {
        if (words[i] == "escaped") s.escaped = true;
        else s.args.push_back(words[i]);
      }
      t.sections.push_back(s);
    } else if (t.sections.empty()) {
      t.preamble.push_back(line);
    } else {
      t.sections.back().lines.push_back(line);
    }
  }
  return t;
}

std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    if (c == 'n') out += '\n';
    else if (c == 'r') out += '\r';
    else if (c == 't') out += '\t';
    else if (c == '\\') out += '\\';
    else if (c == 'x' && i + 2 < s.size() + 1) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += '\\';
      out += c;
    }
  }
  return out;
}

// Plain sections hold whole lines (each ends with a newline); escaped sections hold the
// exact bytes, joined by newlines that are not part of the content.
std::string content(const Section& s) {
  std::string out;
  if (s.escaped) {
    for (const std::string& l : s.lines) out += l;
    return unescape(out);
  }
  for (const std::string& l : s.lines) out += l + "\n";
  return out;
}

bool needs_escaping(const std::string& c) {
  if (!c.empty() && c.back() != '\n') return true;
  for (char ch : c) {
    unsigned char u = static_cast<unsigned char>(ch);
    if ((u < 0x20 && ch != '\n') || u == 0x7F) return true;
  }
  if (c.find("\n@@ ") != std::string::npos || c.rfind("@@ ", 0) == 0) return true;
  return false;
}

void set_content(Section& s, const std::string& c) {
  s.lines.clear();
  s.escaped = needs_escaping(c);
  if (!s.escaped) {
    std::size_t start = 0;
    while (start < c.size()) {
      std::size_t nl = c.find('\n', start);
      s.lines.push_back(c.substr(start, nl - start));
      start = nl + 1;
    }
    return;
  }
  std::string line;
  for (char ch : c) {
    unsigned char u = static_cast<unsigned char>(ch);
    if (ch == '\\') line += "\\\\";
    else if (ch == '\n') {
      line += "\\n";
      s.lines.push_back(line);
      line.clear();
    } else if (ch == '\r') line += "\\r";
    else if (ch == '\t') line += "\\t";
    else if (u < 0x20 || u == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", u);
      line += buf;
    } else line += ch;
  }
  if (!line.empty()) s.lines.push_back(line);
}

std::string serialise(const TestFile& t) {
  std::string out;
  for (const std::string& l : t.preamble) out += l + "\n";
  for (const Section& s : t.sections) {
    out += "@@ " + s.kind;
    for (const std::string& a : s.args) out += " " + a;
    if (s.escaped) out += " escaped";
    out += "\n";
    for (const std::string& l : s.lines) out += l + "\n";
  }
  return out;
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: golden_runner TENDERKIT_BINARY TEST_FILE SOURCE_DIR\n";
    return 2;
  }
  fs::path binary = fs::absolute(argv[1]);
  fs::path test_path = fs::absolute(argv[2]);
  fs::path source_dir = fs::absolute(argv[3]);
  bool update = std::getenv("TK_GOLDEN_UPDATE") != nullptr;

  TestFile t;
  try {
    t = parse(read_all(test_path));
  } catch (const std::exception& e) {
    std::cerr << test_path << ": " << e.what() << "\n";
    return 1;
  }

  std::string tmpl = (fs::temp_directory_path() / "tk-golden-XXXXXX").string();
  if (!::mkdtemp(tmpl.data())) {
    std::perror("mkdtemp");
    return 1;
  }
  fs::path work = tmpl;
  fs::path capture = work.string() + ".capture";
  fs::create_directories(capture);

  std::string command;
  for (const Section& s : t.sections) {
    if (s.kind == "copy" && s.args.size() == 2) {
      fs::path dest = work / s.args[0];
      fs::path src = source_dir / s.args[1];
      if (dest.has_parent_path()) fs::create_directories(dest.parent_path());
      fs::copy(src, dest, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    } else if (s.kind == "file" && s.args.size() == 1) {
      write_all(work / s.args[0], content(s));
    } else if (s.kind == "run") {
      for (const std::string& l : s.lines)
        if (!l.empty()) command += l + "\n";
    }
  }
  if (command.empty()) {
    std::cerr << test_path << ": no @@ run section\n";
    return 1;
  }

  std::string script = "cd " + shell_quote(work.string()) +
                       " && env -i PATH=" + shell_quote(binary.parent_path().string() + ":/usr/bin:/bin") +
                       " HOME=" + shell_quote(work.string()) +
                       " LC_ALL=C TZ=UTC NO_COLOR=1 TERM=dumb sh -c " + shell_quote(command) +
                       " >" + shell_quote((capture / "stdout").string()) +
                       " 2>" + shell_quote((capture / "stderr").string()) + " </dev/null";
  int status = std::system(script.c_str());
  int exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::string out = read_all(capture / "stdout");
  std::string err = read_all(capture / "stderr");

  int failures = 0;
  auto compare = [&](const std::string& what, const std::string& expected, const std::string& actual) {
    if (expected == actual) return;
    ++failures;
    write_all(capture / "expected", expected);
    write_all(capture / "actual", actual);
    std::cerr << "--- " << what << " differs (expected vs actual):\n" << std::flush;
    std::string diff = "diff -u " + shell_quote((capture / "expected").string()) + " " +
                       shell_quote((capture / "actual").string()) + " 1>&2";
    if (std::system(diff.c_str()) == -1) std::cerr << "(diff not available)\n";
  };

  bool saw_exit = false;
  for (Section& s : t.sections) {
    if (s.kind == "exit") {
      saw_exit = true;
      std::string expected = s.args.empty() ? "" : s.args[0];
      if (update) s.args = {std::to_string(exit_code)};
      else if (expected != std::to_string(exit_code)) {
        ++failures;
        std::cerr << "--- exit code: expected " << expected << ", got " << exit_code << "\n";
      }
    } else if (s.kind == "stdout" || s.kind == "stderr") {
      const std::string& actual = s.kind == "stdout" ? out : err;
      if (update) set_content(s, actual);
      else compare(s.kind, content(s), actual);
    } else if (s.kind == "output" && s.args.size() == 1) {
      fs::path p = work / s.args[0];
      std::string actual = fs::exists(p) ? read_all(p) : std::string("<missing>\n");
      if (update) set_content(s, actual);
      else compare("output " + s.args[0], content(s), actual);
    } else if (s.kind == "absent" && s.args.size() == 1) {
      if (fs::exists(work / s.args[0])) {
        ++failures;
        std::cerr << "--- " << s.args[0] << " exists but should not\n";
      }
    }
  }
  if (!saw_exit) {
    ++failures;
    std::cerr << "--- no @@ exit section: every golden test states its exit code\n";
  }
  if (update) write_all(test_path, serialise(t));

  if (failures == 0 || update) {
    fs::remove_all(work);
    fs::remove_all(capture);
    return 0;
  }
  std::cerr << "--- work directory kept: " << work.string() << "\n--- stdout was:\n" << out
            << "--- stderr was:\n" << err;
  return 1;
}
