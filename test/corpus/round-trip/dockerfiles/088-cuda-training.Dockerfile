ARG CUDA_VERSION=12.4.1
ARG UBUNTU_VERSION=22.04

FROM nvidia-mirror/cuda:${CUDA_VERSION}-cudnn-devel-ubuntu${UBUNTU_VERSION}
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 TORCH_CUDA_ARCH_LIST="8.0 8.6 9.0"
RUN apt-get update && apt-get install -y --no-install-recommends \
        python3 python3-pip python3-dev git \
    && ln -sf /usr/bin/python3 /usr/bin/python \
    && rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/root/.cache/pip pip install torch torchvision --index-url https://download.example.org/whl/cu124
WORKDIR /workspace
COPY train.py .
RUN --device=nvidia.com/gpu=all python -c "import torch; print(torch.cuda.is_available())"
ENTRYPOINT ["python", "train.py"]
