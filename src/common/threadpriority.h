#pragma once

// Lets work that can wait give way to work that cannot: the GUI thread must never be the one waiting for a
// core while a background render runs (two cores, shared with the browser's own processes).
namespace ThreadPriority {

// How much the calling thread yields: on Linux, the thread's nice value (0 normal, 19 the least).
constexpr int kBackgroundNice = 10;

// Lowers the calling thread's scheduling priority to kBackgroundNice (Linux: per-thread nice; elsewhere
// QThread::LowPriority). It cannot be raised again without privileges, so call it only on threads that do
// background work for good.
void makeCurrentThreadBackground();

// The calling thread's nice value (Linux; 0 elsewhere).
int currentThreadNice();

}  // namespace ThreadPriority
