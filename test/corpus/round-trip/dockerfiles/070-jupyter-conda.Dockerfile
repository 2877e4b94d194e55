FROM condaforge/miniforge3:24.3.0-0
ARG NB_USER=jovyan
ARG NB_UID=1000
ENV USER=${NB_USER} HOME=/home/${NB_USER} CONDA_DIR=/opt/conda
RUN useradd -m -s /bin/bash -N -u ${NB_UID} ${NB_USER}
COPY environment.yml /tmp/environment.yml
RUN --mount=type=cache,target=/opt/conda/pkgs mamba env update -n base -f /tmp/environment.yml && \
    mamba clean --all -f -y && \
    fix-permissions "${CONDA_DIR}" || true
USER ${NB_UID}
WORKDIR ${HOME}
EXPOSE 8888
CMD ["jupyter", "lab", "--ip=0.0.0.0", "--no-browser"]
