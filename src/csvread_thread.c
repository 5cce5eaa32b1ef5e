/* The reading thread. Scanning is about a third of loading a large data set; a second
 * thread reads and scans a large file a buffer at a time, while the main thread checks
 * and uses the rows of the buffers before. Rows reach the caller in file order, on the
 * main thread, exactly as without the thread: the reading thread only finds fields; it
 * never touches the reader, the caller's arena or the problems. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "arena.h"
#include "csvread_internal.h"
#include "threads.h"

/* How many batches of rows may wait for the main thread, and how many rows a batch holds
 * at most: together they bound the memory in flight (a buffer of a link file holds some
 * 70 000 rows). */
enum { MAX_QUEUED = 2, BATCH_ROWS = 8192 };

/* The rows scanned from one buffer, in file order. */
struct batch {
	struct batch *next;
	char *owned;          /* a streamed file's buffer: freed once its rows are used */
	size_t nrows, caprows;
	size_t *first;        /* caprows + 1: where each row's fields start in f */
	unsigned long *line;
	bool *clean;          /* no field of the row needs a closer look */
	struct csvfields f;
	/* The last batch holds no rows; it says how the reading ended. */
	bool last;
	enum csvscan_result end; /* END; ODD: libcsv reads pending, then the rest; NOMEM */
	int err;                 /* a read error's errno, or 0 */
	const char *pending;
	size_t npending;
	unsigned long line_after; /* the line pending starts on */
};

struct pipeline {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct batch *head, *tail; /* rows waiting for the main thread */
	struct batch *spare;       /* used batches, for the reading thread to fill again */
	size_t queued;
	bool stop;                 /* the main thread wants no more rows */
	/* The reading thread's own until it ends: */
	FILE *fp;
	struct inbuf b;
	struct arena kept;         /* buffers of kept rows, for the caller's arena */
	bool keep;
	unsigned long line;
	struct batch *final;
};

static void batch_free(struct batch *bt)
{
	free(bt->owned);
	free(bt->first);
	free(bt->line);
	free(bt->clean);
	csvfields_free(&bt->f);
	free(bt);
}

static bool batch_add(struct batch *bt, const struct csvfields *f, unsigned long line)
{
	if (bt->nrows == bt->caprows) {
		size_t cap = bt->caprows ? bt->caprows * 2 : 256;
		size_t *first = realloc(bt->first, (cap + 1) * sizeof *first);
		if (!first)
			return false;
		bt->first = first;
		unsigned long *lines = realloc(bt->line, cap * sizeof *lines);
		if (!lines)
			return false;
		bt->line = lines;
		bool *clean = realloc(bt->clean, cap * sizeof *clean);
		if (!clean)
			return false;
		bt->clean = clean;
		bt->caprows = cap;
	}
	bool clean = true;
	bt->first[bt->nrows] = bt->f.n;
	for (size_t k = 0; k < f->n; k++) {
		if (!csvfields_reserve(&bt->f))
			return false;
		bt->f.v[bt->f.n] = f->v[k];
		bt->f.len[bt->f.n++] = f->len[k];
		clean = clean && (!f->dirty || csvfield_clean(f->v[k], f->len[k]));
	}
	bt->line[bt->nrows] = line;
	bt->clean[bt->nrows++] = clean;
	bt->first[bt->nrows] = bt->f.n;
	return true;
}

/* A batch to fill: a used one, or a new one; NULL when memory runs out. */
static struct batch *take_spare(struct pipeline *pl)
{
	pthread_mutex_lock(&pl->mu);
	struct batch *bt = pl->spare;
	if (bt)
		pl->spare = bt->next;
	pthread_mutex_unlock(&pl->mu);
	if (!bt)
		bt = calloc(1, sizeof *bt);
	else
		*bt = (struct batch){.caprows = bt->caprows, .first = bt->first, .line = bt->line,
				     .clean = bt->clean,
				     .f = {.v = bt->f.v, .len = bt->f.len, .cap = bt->f.cap}};
	return bt;
}

/* Queues bt for the main thread, waiting while enough is queued. Returns false when the
 * main thread asked to stop. */
static bool push(struct pipeline *pl, struct batch *bt)
{
	pthread_mutex_lock(&pl->mu);
	while (pl->queued >= MAX_QUEUED && !pl->stop && !bt->last)
		pthread_cond_wait(&pl->cv, &pl->mu);
	bt->next = NULL;
	if (pl->tail)
		pl->tail->next = bt;
	else
		pl->head = bt;
	pl->tail = bt;
	pl->queued++;
	bool go_on = !pl->stop;
	pthread_cond_broadcast(&pl->cv);
	pthread_mutex_unlock(&pl->mu);
	return go_on;
}

static struct batch *pop(struct pipeline *pl)
{
	pthread_mutex_lock(&pl->mu);
	while (!pl->head)
		pthread_cond_wait(&pl->cv, &pl->mu);
	struct batch *bt = pl->head;
	pl->head = bt->next;
	if (!pl->head)
		pl->tail = NULL;
	pl->queued--;
	pthread_cond_broadcast(&pl->cv);
	pthread_mutex_unlock(&pl->mu);
	return bt;
}

/* Gives a used batch back to the reading thread; its buffer, if it owned one, is freed. */
static void recycle(struct pipeline *pl, struct batch *bt)
{
	free(bt->owned);
	bt->owned = NULL;
	pthread_mutex_lock(&pl->mu);
	bt->next = pl->spare;
	pl->spare = bt;
	pthread_mutex_unlock(&pl->mu);
}

/* The reading thread: scans rows into batches until the end, the first row the scanner
 * leaves to libcsv, an error, or the main thread's stop; then queues the final batch. */
static void *scan_file(void *vp)
{
	struct pipeline *pl = vp;
	struct arena *keep = pl->keep ? &pl->kept : NULL;
	struct batch *fin = pl->final;
	struct csvfields f = {0};
	struct batch *cur = take_spare(pl);
	enum csvscan_result res = CSVSCAN_NOMEM;
	unsigned long row_line;
	while (cur) {
		res = csvscan_row(pl->b.p, pl->b.len, pl->b.eof, &pl->b.pos, &pl->line, &row_line,
				  &f);
		if (res == CSVSCAN_ROW) {
			if (!batch_add(cur, &f, row_line)) {
				res = CSVSCAN_NOMEM;
				break;
			}
			/* A full batch goes on; the buffer goes with the last batch of its rows. */
			if (cur->nrows == BATCH_ROWS) {
				bool go_on = push(pl, cur);
				cur = go_on ? take_spare(pl) : NULL;
				if (!cur) {
					res = go_on ? CSVSCAN_NOMEM : CSVSCAN_END;
					break;
				}
			}
			continue;
		}
		if (res != CSVSCAN_MORE)
			break;
		/* These rows go to the main thread; the reading goes on after them, in a new
		 * buffer when the rows' one is to be freed with them. */
		if (!keep && !(cur->owned = inbuf_hand_over(&pl->b))) {
			res = CSVSCAN_NOMEM;
			break;
		}
		bool go_on = push(pl, cur);
		cur = NULL;
		enum fill_result fr = go_on ? inbuf_fill(&pl->b, pl->fp, keep) : FILL_OK;
		if (!go_on)
			break;
		if (fr != FILL_OK) {
			res = CSVSCAN_NOMEM;
			fin->err = fr == FILL_ERROR ? errno : 0;
			break;
		}
		cur = take_spare(pl);
	}
	if (cur && cur->nrows)
		push(pl, cur);
	else if (cur)
		batch_free(cur);
	csvfields_free(&f);
	fin->last = true;
	fin->end = res;
	if (res == CSVSCAN_ODD) {
		fin->pending = pl->b.p + pl->b.pos;
		fin->npending = pl->b.len - pl->b.pos;
		fin->line_after = pl->line;
		if (!keep) { /* the buffer goes with what libcsv is to read */
			fin->owned = pl->b.p;
			pl->b = (struct inbuf){0};
		}
	}
	push(pl, fin);
	return NULL;
}

static void use_row(struct reader *r, const struct batch *bt, size_t i)
{
	size_t a = bt->first[i], n = bt->first[i + 1] - a;
	r->row_line = bt->line[i];
	if (!bt->clean[i])
		for (size_t k = 0; k < n; k++)
			reader_check_field(r, k, bt->f.v[a + k], bt->f.len[a + k]);
	reader_deliver(r, n, bt->f.v + a, bt->f.len + a, true);
}

static void pipeline_free(struct pipeline *pl)
{
	while (pl->spare) {
		struct batch *next = pl->spare->next;
		batch_free(pl->spare);
		pl->spare = next;
	}
	pthread_cond_destroy(&pl->cv);
	pthread_mutex_destroy(&pl->mu);
	free(pl);
}

bool reader_read_threaded(struct reader *r, FILE *fp, struct inbuf *b,
			  enum csvread_status *st)
{
	if (!threads_on(THREAD_SCAN))
		return false; /* the caller reads on this thread */
	struct pipeline *pl = calloc(1, sizeof *pl);
	if (!pl)
		return false;
	pl->final = calloc(1, sizeof *pl->final);
	if (!pl->final || pthread_mutex_init(&pl->mu, NULL) != 0) {
		free(pl->final);
		free(pl);
		return false;
	}
	if (pthread_cond_init(&pl->cv, NULL) != 0) {
		pthread_mutex_destroy(&pl->mu);
		free(pl->final);
		free(pl);
		return false;
	}
	pl->fp = fp;
	pl->b = *b;
	pl->keep = !r->o->streamed;
	pl->line = r->line;
	pthread_t thread;
	if (pthread_create(&thread, NULL, scan_file, pl) != 0) {
		free(pl->final);
		pipeline_free(pl);
		return false;
	}
	struct batch *bt;
	while (!(bt = pop(pl))->last) {
		for (size_t i = 0; i < bt->nrows && !r->failed; i++)
			use_row(r, bt, i);
		if (r->failed) {
			pthread_mutex_lock(&pl->mu);
			pl->stop = true;
			pthread_cond_broadcast(&pl->cv);
			pthread_mutex_unlock(&pl->mu);
		}
		recycle(pl, bt);
	}
	pthread_join(thread, NULL);
	r->line = pl->line;
	if (pl->keep)
		arena_take(r->o->arena, &pl->kept);
	*b = pl->b; /* what is left of it is the caller's to close */
	*st = CSVREAD_OK;
	if (r->failed) {
		/* the caller reports it */
	} else if (bt->err) {
		*st = reader_read_error(r, bt->err);
	} else if (bt->end == CSVSCAN_NOMEM) {
		r->failed = true;
	} else if (bt->end == CSVSCAN_ODD) {
		r->line = bt->line_after;
		*st = reader_read_libcsv(r, fp, false, bt->pending, bt->npending);
	}
	batch_free(bt);
	pipeline_free(pl);
	return true;
}
