#ifndef NETWORKD_CCRYPTO_SHIM_H
#define NETWORKD_CCRYPTO_SHIM_H
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <openssl/rand.h>
#include <openssl/crypto.h>
#endif
