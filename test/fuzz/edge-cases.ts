// Hand-written Dockerfiles on the edges of BuildKit's reading rules, for the reader's cross-check
// against the real BuildKit (buildkit-reader.test.ts). Each one is here for a rule the compiler
// relies on.
const long = 'x'.repeat(65_535);

/** The edge cases, as file texts. */
export const edgeCases: string[] = [
  // Flags: quotes dropped, escapes kept, bytes of non-ASCII text taken one by one (0xA0 splits).
  'FROM busybox\nCOPY --chown="a b" --chmod=7\\55 x y\n',
  'FROM busybox\nRUN --mount=type=cache,\\"target=/a,b\\" true\n',
  'FROM busybox\nRUN --mount=type=cache,"target=/a,b" true\n',
  'FROM busybox\nRUN --mount=type=cache,target=/tà true\n',
  'FROM busybox\nRUN --mount=type=cache,target=/t…x true\n',
  'FROM busybox\nRUN --mount=type=bind,target=/x,\\"source=a\\\\\\"\\"b\\" true\n',
  'FROM busybox\nRUN --mount=type=cache,target=/x,id=\\$5 true\n',
  'FROM busybox\nRUN --mount=type=secret,id=a,env=TOKEN true\n',
  'FROM busybox\nRUN --mount=type=cache,target=/x,mode=u+x true\n',
  'FROM busybox\nRUN --network=none --security=insecure --device=a\\,b true\n',
  'FROM busybox\nRUN -- --x\n',
  'FROM busybox\nCMD --x y\n',
  'FROM busybox\nLABEL --x=1\n',
  'FROM busybox\nLABEL "--x"=1 "a b"="c \\"d\\""\n',
  // References: a line break starts an instruction; white space splits FROM.
  'FROM busybox AS b\nCOPY --from=b\nRUN id /a /b\n',
  'FROM busy box\n',
  'FROM --platform=$BUILDPLATFORM golang:${GO:-1} AS Build\nFROM build\n',
  // Words: `$` forms, a name running on through non-ASCII letters, a byte-order mark.
  'FROM busybox\nENV A=$5 B=$$ C=$! D=${x:-y z} E="$Aé" F="${A}é" G=a$ H=\\${ I=\'$x\'\n',
  'FROM busybox\nUSER a:$!\nWORKDIR "/a b"\nSTOPSIGNAL $S\n',
  'FROM busybox\nENV A=${\n',
  'FROM busybox\nENV A="${:x}"\n',
  'FROM busybox\nCOPY ["\uFEFFa", "\\uFEFFb", "c"]\n',
  'FROM busybox\nENV A="\uFEFFx"\n',
  'FROM busybox\nENV A=a\u0085b B="c\u00a0d"\n',
  'FROM busybox\nENV A="a\u2028b" B=\u3000\n',
  // Shell forms are trimmed; JSON forms are not; exec form with a heredoc arrow.
  'FROM busybox\nCMD    echo hi   \u00a0\nENTRYPOINT ["a ", " b"]\nRUN ["cat", "\\u003c<EOF"]\n',
  'FROM busybox\nHEALTHCHECK --interval=30s --retries=3 CMD echo "$x"\nHEALTHCHECK NONE\n',
  // Continuations, comments inside them, the escape directive.
  'FROM busybox\nRUN a && \\\n# c\n    b \\\n\n    c\n',
  '# escape=`\nFROM busybox\nRUN a `\n  b\nENV A="x `"y`"" B=c\\d\n',
  '# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all\nFROM busybox\nCOPY ["a`"b", "c"]\n',
  '\n# escape=`\nFROM busybox\nENV A=a\\b\n',
  // Heredocs: found by a lexer run over the whole line; a lexer error hides them.
  'FROM busybox\nRUN <<EOF\necho a\nEOF\n',
  'FROM busybox\nRUN --device=${ <<EOF\necho a\nEOF\n',
  'FROM busybox\nRUN <<-"EOT" sh\n\techo a\n\tEOT\n',
  'FROM busybox\nCOPY <<EOF <<E2 /d/\na\nEOF\nb\nE2\n',
  'FROM busybox\nRUN cat <<EOF | grep "x\nEOF\n',
  'FROM busybox\nRUN a << b\nFROM x\n',
  'FROM busybox\nRUN a<<EOF\nFROM x\n',
  'FROM busybox\nRUN a\u0085<<EOF\necho\nEOF\n',
  // VOLUME trims each path; EXPOSE keeps words raw and sorted.
  'FROM busybox\nVOLUME ["  /a ", "/b\u00a0"]\nEXPOSE 80 $P/udp ${P:-1}x 8080/tcp\n',
  // Lines at and over BuildKit's limit.
  `FROM busybox\nENV A=${long.slice(0, 65_535 - 'ENV A='.length)}\n`,
  `FROM busybox\nENV A=${long}\n`,
  // NUL and a lone-surrogate replacement character.
  'FROM busybox\nENV A="a\0b" B=\uFFFD\n',
  'FROM busybox\nMAINTAINER  me  \nSHELL ["/bin/sh", "-c"]\nONBUILD RUN echo hi\n',
  'FROM busybox\nADD --checksum=sha256:\\"x --keep-git-dir --unpack=false --exclude=*.md a b\n',
];
