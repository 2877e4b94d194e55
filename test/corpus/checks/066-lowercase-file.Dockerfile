# expect: nothing
# buildkit: accepts
from alpine:3.20 as base
run echo hi
user nobody
