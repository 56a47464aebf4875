// modules.cpp — see module.h
