// The GL context serves one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
