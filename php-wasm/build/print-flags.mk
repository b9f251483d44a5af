# Included after PHP's generated Makefile: prints the flags its C compile rules use.
print-flags:
	@echo $(COMMON_FLAGS) $(CFLAGS_CLEAN) $(EXTRA_CFLAGS)
