package interop

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/searchers.md's snippet blocks from the files they quote")

// snippetBlock is a marker naming a snippet file (a path from the repository root, JavaScript
// or Go) and the fenced block after it.
var snippetBlock = regexp.MustCompile("(?s)<!-- snippet: ([a-z0-9/_-]+\\.(?:mjs|go)) -->\n```(js|go)\n(.*?)```\n")

// quoted are the files docs/searchers.md must quote: the SDK examples first, then the
// low-level ethers and viem snippets.
var quoted = []string{
	"test/interop/snippets/sdk-call.mjs", "devnet/e2e_searcherclient_test.go",
	"test/interop/snippets/ethers-call.mjs", "test/interop/snippets/viem-call.mjs",
}

// The code docs/searchers.md shows is the code the interop and devnet tests run: each marked block equals
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
		file, lang := string(sub[1]), string(sub[2])
		found[file] = true
		region, err := docsRegion(filepath.Join(root, file))
		if err != nil {
			t.Error(err)
			return m
		}
		if !bytes.Equal(region, sub[3]) {
			failed = true
		}
		return []byte("<!-- snippet: " + file + " -->\n```" + lang + "\n" + string(region) + "```\n")
	})
	for _, want := range quoted {
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
		t.Errorf("docs/searchers.md's snippets differ from the files they quote (go test ./test/interop -run TestDocSnippets -update)")
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
