// tensor.cpp — see tensor.h
