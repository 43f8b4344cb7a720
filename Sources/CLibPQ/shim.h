#ifndef NETWORKD_CLIBPQ_SHIM_H
#define NETWORKD_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
