// trace.cpp — see trace.h
