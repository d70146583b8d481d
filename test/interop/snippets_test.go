package interop

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/searchers.md's snippet blocks from test/interop/snippets")

// snippetBlock is a marker naming a snippet file and the fenced block after it.
var snippetBlock = regexp.MustCompile("(?s)<!-- snippet: (test/interop/snippets/[a-z-]+\\.mjs) -->\n```js\n(.*?)```\n")

// The code docs/searchers.md shows is the code the interop test runs: each marked block equals
// the docs:begin..docs:end region of its file (go test -run TestDocSnippets -update rewrites them).
func TestDocSnippets(t *testing.T) {
	dir, err := dirFrom(".")
	if err != nil {
		t.Fatal(err)
	}
	root := filepath.Dir(filepath.Dir(dir))
	docPath := filepath.Join(root, "docs", "searchers.md")
	doc, err := os.ReadFile(docPath)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	var failed bool
	out := snippetBlock.ReplaceAllFunc(doc, func(m []byte) []byte {
		sub := snippetBlock.FindSubmatch(m)
		file := string(sub[1])
		found[file] = true
		region, err := docsRegion(filepath.Join(root, file))
		if err != nil {
			t.Error(err)
			return m
		}
		if !bytes.Equal(region, sub[2]) {
			failed = true
		}
		return []byte("<!-- snippet: " + file + " -->\n```js\n" + string(region) + "```\n")
	})
	for _, want := range []string{"test/interop/snippets/ethers-call.mjs", "test/interop/snippets/viem-call.mjs"} {
		if !found[want] {
			t.Errorf("docs/searchers.md has no block for %s", want)
		}
	}
	switch {
	case failed && *update:
		if err := os.WriteFile(docPath, out, 0o644); err != nil {
			t.Fatal(err)
		}
	case failed:
		t.Errorf("docs/searchers.md's snippets differ from test/interop/snippets (go test ./test/interop -run TestDocSnippets -update)")
	}
}

// docsRegion is the text between the "// docs:begin" and "// docs:end" lines of file.
func docsRegion(file string) ([]byte, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	begin, end := []byte("// docs:begin\n"), []byte("// docs:end\n")
	i, j := bytes.Index(b, begin), bytes.Index(b, end)
	if i < 0 || j < i {
		return nil, &os.PathError{Op: "docs region", Path: file, Err: os.ErrNotExist}
	}
	return b[i+len(begin) : j], nil
}
