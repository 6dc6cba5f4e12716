// The browser, durability and timing tests share two cores with the rest of the machine; run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
