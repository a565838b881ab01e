// yaml-oracle reads manifests exactly as kubectl does, and prints what it read as JSON, so that
// edgenet's reading can be compared with Kubernetes' own (test/parse/oracle.test.ts).
//
// Documents are split and decoded by k8s.io/apimachinery/pkg/util/yaml.NewYAMLOrJSONDecoder, the
// call that kubectl's file reader makes (k8s.io/cli-runtime/pkg/resource/visitor.go,
// StreamVisitor.Visit): a stream that starts with '{' is read as JSON objects; otherwise it is
// cut at lines that start with "---" (YAMLReader) and each piece goes through
// sigs.k8s.io/yaml.Unmarshal, that is go-yaml v2 (YAML 1.1) then JSON. Like StreamVisitor, empty
// and null documents are not resources; unlike it, the oracle goes on after a document it cannot
// read, so that every document of a file can be compared.
//
// Batch protocol (one process reads many inputs): stdin is a sequence of frames
// "<byte length>\n<bytes>"; for each frame, one line of JSON on stdout:
//
//	{"documents":[{"line":1,"json":{...}}, {"line":9,"error":"..."}, ...]}
//
// "line" is where the piece starts in the input (its opening "---" line if it has one; absent
// for a JSON stream); "empty" marks a document that is no resource; "duplicate" is set when
// go-yaml's strict mode (sigs.k8s.io/yaml.YAMLToJSONStrict) refuses the piece for a repeated
// key, which the ordinary decoder silently collapses (strict mode also refuses a merge key that
// overrides a key: the caller tells the two apart).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/yaml"
)

// kubectl's buffer for sniffing JSON (visitor.go: yaml.NewYAMLOrJSONDecoder(v.Reader, 4096)).
const sniffBytes = 4096

// A bound on documents per input, against a decoder that keeps answering the same error.
const maxDocuments = 1_000_000

type document struct {
	Line      int             `json:"line,omitempty"`
	JSON      json.RawMessage `json:"json,omitempty"`
	Empty     bool            `json:"empty,omitempty"`
	Error     string          `json:"error,omitempty"`
	Duplicate string          `json:"duplicate,omitempty"`
}

type answer struct {
	Documents []document `json:"documents"`
}

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	out := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer out.Flush()
	for {
		header, err := in.ReadString('\n')
		if err == io.EOF && header == "" {
			return
		}
		if err != nil {
			fatal(fmt.Errorf("reading a frame header: %w", err))
		}
		size, err := strconv.Atoi(strings.TrimSpace(header))
		if err != nil || size < 0 {
			fatal(fmt.Errorf("bad frame header %q", header))
		}
		input := make([]byte, size)
		if _, err := io.ReadFull(in, input); err != nil {
			fatal(fmt.Errorf("reading a frame of %d bytes: %w", size, err))
		}
		line, err := json.Marshal(read(input))
		if err != nil {
			fatal(err)
		}
		out.Write(line)
		out.WriteByte('\n')
		// The caller may wait for this answer before sending the next frame.
		if in.Buffered() == 0 {
			out.Flush()
		}
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "yaml-oracle:", err)
	os.Exit(2)
}

// read decodes one input as kubectl does.
func read(input []byte) answer {
	docs := []document{}
	decoder := utilyaml.NewYAMLOrJSONDecoder(bytes.NewReader(input), sniffBytes)
	for len(docs) < maxDocuments {
		var raw json.RawMessage
		err := decoder.Decode(&raw)
		if err == io.EOF {
			break
		}
		if err != nil {
			docs = append(docs, document{Error: err.Error()})
			// A YAML piece that cannot be read leaves the reader at the next piece; any other
			// error (a JSON stream's) is the decoder's last word.
			var syntax utilyaml.YAMLSyntaxError
			if !errors.As(err, &syntax) {
				break
			}
			continue
		}
		// StreamVisitor: bytes.TrimSpace, then an empty or null document is no resource.
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
			docs = append(docs, document{Empty: true})
			continue
		}
		docs = append(docs, document{JSON: raw})
	}
	annotate(input, docs)
	return answer{Documents: docs}
}

// annotate adds where each YAML piece starts and whether go-yaml's strict mode refuses it for a
// duplicate key. The pieces are YAMLReader's, which the decoder uses, so they line up with the
// documents one to one; the start lines come from a copy of its splitting rule, used only where
// the copy cuts the input into exactly the reader's pieces. A JSON stream has no pieces: each of
// its documents is checked for duplicates instead.
func annotate(input []byte, docs []document) {
	if utilyaml.IsJSONBuffer(head(input)) {
		for i := range docs {
			if docs[i].JSON != nil {
				docs[i].Duplicate = duplicate(docs[i].JSON)
			}
		}
		return
	}
	pieces := readerPieces(input)
	if len(pieces) != len(docs) {
		return
	}
	starts := startLines(input, pieces)
	for i := range docs {
		if starts != nil {
			docs[i].Line = starts[i]
		}
		if docs[i].JSON != nil {
			docs[i].Duplicate = duplicate(pieces[i].bytes)
		}
	}
}

type piece struct {
	bytes []byte
	// The reader refused the separator line that ended this piece, and dropped the piece.
	refused bool
}

func readerPieces(input []byte) []piece {
	reader := utilyaml.NewYAMLReader(bufio.NewReader(bytes.NewReader(input)))
	var pieces []piece
	for len(pieces) < maxDocuments {
		b, err := reader.Read()
		if err != nil && err != io.EOF {
			pieces = append(pieces, piece{refused: true})
			continue
		}
		if len(b) == 0 {
			break
		}
		pieces = append(pieces, piece{bytes: append([]byte(nil), b...)})
		if err == io.EOF {
			break
		}
	}
	return pieces
}

// startLines cuts the input as YAMLReader does (lines; a line starting with "---" followed by
// nothing or a comment ends a piece, or opens one if none is open; with anything else it is
// refused along with the piece before it) and returns each piece's first line, or nil if the cut
// differs from the reader's.
func startLines(input []byte, pieces []piece) []int {
	var starts []int
	var current bytes.Buffer
	first := 0
	for n, line := range lines(input) {
		line = append(line, '\n')
		if bytes.HasPrefix(line, []byte("---")) {
			rest := bytes.TrimSpace(line[3:])
			if len(rest) > 0 && rest[0] != '#' {
				if len(starts) >= len(pieces) || !pieces[len(starts)].refused {
					return nil
				}
				starts = append(starts, n+1)
				current.Reset()
				continue
			}
			if current.Len() > 0 {
				if len(starts) >= len(pieces) || !bytes.Equal(pieces[len(starts)].bytes, current.Bytes()) {
					return nil
				}
				starts = append(starts, first)
				current.Reset()
				continue
			}
			// A separator that opens a piece stays in it (YAMLReader writes it to the empty buffer).
		}
		if current.Len() == 0 {
			first = n + 1
		}
		current.Write(line)
	}
	if current.Len() > 0 {
		if len(starts) >= len(pieces) || !bytes.Equal(pieces[len(starts)].bytes, current.Bytes()) {
			return nil
		}
		starts = append(starts, first)
	}
	if len(starts) != len(pieces) {
		return nil
	}
	return starts
}

// lines splits as bufio.Reader.ReadLine does: at "\n", dropping a "\r" just before it; a final
// empty line is no line.
func lines(input []byte) [][]byte {
	var out [][]byte
	for len(input) > 0 {
		end := bytes.IndexByte(input, '\n')
		if end < 0 {
			out = append(out, input)
			break
		}
		line := input[:end]
		if len(line) > 0 && line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
		out = append(out, append([]byte(nil), line...))
		input = input[end+1:]
	}
	return out
}

func head(input []byte) []byte {
	if len(input) > sniffBytes {
		return input[:sniffBytes]
	}
	return input
}

func duplicate(piece []byte) string {
	_, err := yaml.YAMLToJSONStrict(piece)
	if err != nil && strings.Contains(err.Error(), "already set in map") {
		return err.Error()
	}
	return ""
}
