#ifndef NETWORKD_CSPAWN_SHIM_H
#define NETWORKD_CSPAWN_SHIM_H
/*
 * The two GNU extensions ChildProcess needs, which Swift's Glibc module does not import (it is
 * built without _GNU_SOURCE): pipe2, to make close-on-exec pipes atomically (a child spawned by
 * another thread between pipe and fcntl would otherwise inherit them), and
 * posix_spawn_file_actions_addclosefrom_np (glibc 2.34), so a child inherits no descriptor of
 * the daemon's beyond 0-2 (a socket-activated listener, for one, is not close-on-exec).
 * Declared here rather than by defining _GNU_SOURCE, which a module that shares glibc's headers
 * with Glibc cannot do.
 */
#include <spawn.h>

int pipe2(int pipefd[2], int flags);
int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);

static inline int networkd_pipe2(int pipefd[2], int flags) {
    return pipe2(pipefd, flags);
}

static inline int networkd_spawn_addclosefrom(posix_spawn_file_actions_t *actions, int from) {
    return posix_spawn_file_actions_addclosefrom_np(actions, from);
}
#endif
