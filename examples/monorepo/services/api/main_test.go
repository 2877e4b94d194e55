package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHello(t *testing.T) {
	rec := httptest.NewRecorder()
	routes().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/hello?name=tests", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"message":"hello, tests"`) {
		t.Fatalf("GET /hello: %d %s", rec.Code, rec.Body.String())
	}
}

func TestProbe(t *testing.T) {
	server := httptest.NewServer(routes())
	defer server.Close()
	if got := probe(server.URL + "/health"); got != 0 {
		t.Fatalf("probe of a healthy server = %d, want 0", got)
	}
	if got := probe(server.URL + "/missing"); got != 1 {
		t.Fatalf("probe of a 404 = %d, want 1", got)
	}
}
