// parse.cpp — see trace.h
