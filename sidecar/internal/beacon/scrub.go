package beacon

import (
	"errors"
	"regexp"
)

// userinfo matches the userinfo of a URL inside a message: "://user:***@", "://user@".
var userinfo = regexp.MustCompile(`://[^/@\s"]*@`)

// scrub returns err for a log: the same text without the userinfo of any URL in it. The HTTP
// clients' errors name the URL they called, and Go masks only its password.
func scrub(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if clean := userinfo.ReplaceAllString(msg, "://"); clean != msg {
		return errors.New(clean)
	}
	return err
}
