package org.framelens.cli;
public class Main { public static void main(String[] a) {} }
