// value.cpp — see value.h
