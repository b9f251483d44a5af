/*
 * libc functions that emscripten 3.1.6's musl declares but does not implement, and that
 * PHP links against. Without them the final link fails.
 */
#include <errno.h>
#include <grp.h>
#include <sys/file.h>
#include <ucontext.h>
#include <time.h>
#include <unistd.h>

#include "phasm_host.h"

/* PHP's fd loops only need an upper bound; matches the host's descriptor table size. */
int getdtablesize(void) { return 1024; }

/*
 * ucontext is PHP Fibers' context-switch backend when no assembly backend exists (wasm).
 * Stack switching is not possible in wasm without Asyncify-based coroutines, so Fibers are
 * unsupported: getcontext fails with ENOSYS and Zend turns that into a catchable Error.
 */
int getcontext(ucontext_t *ucp) { (void) ucp; errno = ENOSYS; return -1; }
int setcontext(const ucontext_t *ucp) { (void) ucp; errno = ENOSYS; return -1; }
void makecontext(ucontext_t *ucp, void (*func)(void), int argc, ...) { (void) ucp; (void) func; (void) argc; }
int swapcontext(ucontext_t *oucp, const ucontext_t *ucp) { (void) oucp; (void) ucp; errno = ENOSYS; return -1; }

/*
 * emscripten's nanosleep busy-waits on the clock (it has no way to block), which would burn a
 * host core for every sleep()/usleep(). The host import suspends the instance instead.
 */
int nanosleep(const struct timespec *req, struct timespec *rem)
{
	if (!req || req->tv_nsec < 0 || req->tv_nsec > 999999999 || req->tv_sec < 0) {
		errno = EINVAL;
		return -1;
	}
	phasm_sleep((long long) req->tv_sec * 1000000000LL + req->tv_nsec);
	if (rem) {
		rem->tv_sec = 0;
		rem->tv_nsec = 0;
	}
	return 0;
}

/*
 * emscripten's flock() is a stub that always succeeds without locking, so PHP session files and
 * lock files would not exclude concurrent requests. The host keeps real whole-file locks, shared
 * by all instances of the server. Linked with --wrap=flock: libstubs defines flock beside stubs
 * that are needed, so it cannot simply be replaced.
 */
int __wrap_flock(int fd, int operation)
{
	int result = phasm_flock(fd, operation);
	if (result < 0) {
		errno = -result;
		return -1;
	}
	return 0;
}

/*
 * OPcache calls initgroups() to switch to opcache.preload_user when started as root. There is
 * one user here and no switching to another: refused, as for an unprivileged process.
 */
int initgroups(const char *user, gid_t group)
{
	(void) user;
	(void) group;
	errno = EPERM;
	return -1;
}
