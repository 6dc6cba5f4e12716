// One test at a time: Debian 12's Mesa (22.3, llvmpipe) crashed the test host with a segfault inside swrast_dri.so when
// two tests drew through their own EGL contexts on two threads at once (seen twice in thirteen runs); and the frame
// budget and XR tests measure time, which a neighbour on the two cores would distort.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
