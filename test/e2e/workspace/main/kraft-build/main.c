#include <stdio.h>
int main(void) {
    return undeclared_thing;
}
