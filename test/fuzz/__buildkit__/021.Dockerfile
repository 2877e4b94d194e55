FROM busybox
COPY ["﻿a", "\uFEFFb", "c"]
