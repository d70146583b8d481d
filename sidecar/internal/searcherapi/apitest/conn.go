// Package apitest holds what load generators of the searcher API share in tests and
// benchmarks.
package apitest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"slices"
	"strconv"

	"github.com/syncboost/syncboost/transport/fbsig"
)

// Conn is one searcher on one keep-alive connection: a plain HTTP/1.1 client, so that the load
// generator takes as little as possible of the cores it shares with the server.
type Conn struct {
	net.Conn
	r   *bufio.Reader
	buf []byte
	out []byte
}

// Dial connects to the searcher API at addr (host:port).
func Dial(addr string) (*Conn, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &Conn{Conn: c, r: bufio.NewReader(c)}, nil
}

// Post sends body signed with the X-Flashbots-Signature header value and returns the response's
// status code and body; the body is valid until the next Post.
func (c *Conn) Post(body []byte, header string) (status string, out []byte, err error) {
	c.buf = append(c.buf[:0], "POST / HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"...)
	c.buf = append(c.buf, fbsig.Header+": "+header+"\r\nContent-Length: "...)
	c.buf = strconv.AppendInt(c.buf, int64(len(body)), 10)
	c.buf = append(append(c.buf, "\r\n\r\n"...), body...)
	if _, err := c.Write(c.buf); err != nil {
		return "", nil, err
	}
	return c.readResponse()
}

// Accepted reports whether a response is a JSON-RPC success.
func Accepted(status string, out []byte) bool {
	return status == "200" && !bytes.Contains(out, []byte(`"error"`))
}

// readResponse reads one HTTP/1.1 response with a Content-Length (all the server sends to
// these requests), with less work than net/http's client: the status code and the body.
func (c *Conn) readResponse() (status string, body []byte, err error) {
	line, err := c.r.ReadSlice('\n')
	if err != nil {
		return "", nil, err
	}
	if len(line) < 12 {
		return "", nil, fmt.Errorf("status line %q", line)
	}
	status = string(line[9:12])
	n := -1
	for {
		if line, err = c.r.ReadSlice('\n'); err != nil {
			return "", nil, err
		}
		h := bytes.TrimRight(line, "\r\n")
		if len(h) == 0 {
			break
		}
		if k, v, ok := bytes.Cut(h, []byte(":")); ok && bytes.EqualFold(k, []byte("Content-Length")) {
			if n, err = strconv.Atoi(string(bytes.TrimSpace(v))); err != nil {
				return "", nil, err
			}
		}
	}
	if n < 0 {
		return "", nil, fmt.Errorf("response without Content-Length")
	}
	c.out = slices.Grow(c.out[:0], n)[:n]
	_, err = io.ReadFull(c.r, c.out)
	return status, c.out, err
}
