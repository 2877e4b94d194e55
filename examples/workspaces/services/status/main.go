// Command status reports the platform's status over HTTP; with -healthcheck it probes its own
// /health endpoint and exits 0 when it answers 200 (for the image's HEALTHCHECK on scratch).
package main

import (
	"encoding/json"
	"flag"
	"log"
	"net/http"
	"os"
)

func main() {
	healthcheck := flag.Bool("healthcheck", false, "probe /health and exit")
	flag.Parse()
	port := os.Getenv("PORT")
	if port == "" {
		port = "8081"
	}
	if *healthcheck {
		response, err := http.Get("http://127.0.0.1:" + port + "/health")
		if err != nil || response.StatusCode != http.StatusOK {
			os.Exit(1)
		}
		return
	}
	http.HandleFunc("/health", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]string{"service": "status", "status": "ok"})
	})
	log.Printf("status listening on %s", port)
	log.Fatal(http.ListenAndServe(":"+port, nil))
}
