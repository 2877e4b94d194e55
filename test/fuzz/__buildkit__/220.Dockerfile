ARG GO

FROM Z AS base
ENV x=Z_Z
ENV A="*Z" x=0/xnamex.y aZ_b${HOME:-x y}=app

FROM base
VOLUME [".$_x/x\\\\\n/x", "7ü--"]
