/* Replays the fuzz corpus (tests/fuzz/corpus: seeds, and every input the fuzzer found that
 * once crashed, leaked or tripped a sanitizer) through the fuzz target's own code. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

#include "../fuzz/fuzz_dataset.c"

static void replay(const char *path)
{
	FILE *f = fopen(path, "rb");
	cr_assert(f, "cannot open %s", path);
	static uint8_t buf[1 << 20];
	size_t n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	cr_assert_eq(LLVMFuzzerTestOneInput(buf, n), 0, "%s", path);
}

Test(fuzz_replay, every_corpus_file_loads_without_crashing)
{
	const char *sub = FUZZDIR "/corpus";
	DIR *d = opendir(sub);
	cr_assert(d, "%s is missing", sub);
	size_t count = 0;
	struct dirent *e;
	char path[4096];
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", sub, e->d_name);
		replay(path);
		count++;
	}
	closedir(d);
	cr_expect_geq(count, 10, "the corpus holds the seeds (found %zu files)", count);
}
