import { undefinedVariable } from './undefined-variable.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(undefinedVariable, {
  fires: [
    "FROM alpine:3.20\nENV APP_HOME=/srv\nWORKDIR $APP_HOEM",
    "FROM scratch\nCOPY app /opt/$APP/bin",
    "FROM golang:1.22\nENV PATH=$PAHT:/app/bin",
    "FROM alpine:3.20 AS base\nENV ROOT=/r\nFROM base\nWORKDIR ${ROTO}",
    // A name that only an object's prototype has is not set by the ENV that uses it.
    "FROM scratch\nENV A=$constructor",
  ],
  passes: [
    "FROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION",
    "FROM golang:1.22\nENV PATH=$GOPATH/bin:$PATH",
    "FROM alpine:3.20 AS base\nENV ROOT=/r\nFROM base\nWORKDIR $ROOT",
    "FROM alpine:3.20\nWORKDIR ${UNSET:-/srv}",
    "FROM example.test/custom:1\nWORKDIR $CUSTOM_HOME",
    // A base named like an Object.prototype key has no known environment (and no crash).
    "FROM constructor\nWORKDIR $CUSTOM_HOME",
    "FROM alpine:3.20\nRUN echo $UNDEFINED_IN_SHELL",
    "FROM alpine:3.20\nENV A=/opt B=$A/bin",
  ],
  message: /did you mean \$APP_HOME/,
});
